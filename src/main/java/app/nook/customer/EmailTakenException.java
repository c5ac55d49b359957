package app.nook.customer;

import app.nook.system.ConflictException;

/** Another customer who is not archived already uses the email. */
public class EmailTakenException extends ConflictException {

    private final long customerId;

    public EmailTakenException(long customerId) {
        super("email-taken", "Another customer (#" + customerId + ") already uses this email");
        this.customerId = customerId;
    }

    public long customerId() {
        return customerId;
    }
}
