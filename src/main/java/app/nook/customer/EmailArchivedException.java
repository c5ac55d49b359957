package app.nook.customer;

import app.nook.system.ConflictException;

/** The email belongs to an archived customer: restoring that record is usually what the person wants. */
public class EmailArchivedException extends ConflictException {

    private static final String MESSAGE =
            "This email belongs to %s (#%d), an archived customer. Restore that record instead of creating a new one.";

    private final long archivedCustomerId;
    private final String archivedCustomerName;

    public EmailArchivedException(long archivedCustomerId, String archivedCustomerName) {
        super("email-archived", MESSAGE.formatted(archivedCustomerName, archivedCustomerId));
        this.archivedCustomerId = archivedCustomerId;
        this.archivedCustomerName = archivedCustomerName;
    }

    public long archivedCustomerId() {
        return archivedCustomerId;
    }

    public String archivedCustomerName() {
        return archivedCustomerName;
    }
}
