package app.nook.portal;

/**
 * A customer whose email matches a sign-in attempt.
 *
 * @param passwordHash null while the customer has not set a password
 */
public record SignInCandidate(long customerId, AccessState state, String passwordHash) {}
