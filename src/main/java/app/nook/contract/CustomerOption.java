package app.nook.contract;

/** A customer a contract may be sold to, as the customer picker offers it. */
public record CustomerOption(long id, String fullName, String email, String companyName) {}
