package app.nook.customer;

/** The customer who holds an email, whether they are archived, and where they are at home. */
public record EmailOwner(long customerId, boolean archived, long homeLocationId) {}
