package app.nook.customer;

import java.time.Instant;

/** Published, inside the transaction, when a customer is created or their profile is edited. */
public record CustomerChanged(long customerId, Change change, String actor, Instant at) {

    /** What happened to the customer. */
    public enum Change {
        CREATED,
        UPDATED
    }
}
