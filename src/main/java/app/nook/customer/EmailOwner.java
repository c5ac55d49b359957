package app.nook.customer;

/** The customer who holds an email, and whether they are archived. */
public record EmailOwner(long customerId, boolean archived) {}
