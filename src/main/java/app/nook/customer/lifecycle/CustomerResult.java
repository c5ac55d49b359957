package app.nook.customer.lifecycle;

/**
 * What an action did to one customer.
 *
 * @param reason why it was skipped or failed; null when done
 */
public record CustomerResult(long customerId, Outcome outcome, String reason) {

    static CustomerResult done(long customerId) {
        return new CustomerResult(customerId, Outcome.DONE, null);
    }

    static CustomerResult skipped(long customerId, String reason) {
        return new CustomerResult(customerId, Outcome.SKIPPED, reason);
    }

    static CustomerResult failed(long customerId, String reason) {
        return new CustomerResult(customerId, Outcome.FAILED, reason);
    }
}
