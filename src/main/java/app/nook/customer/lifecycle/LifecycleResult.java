package app.nook.customer.lifecycle;

import java.util.List;
import java.util.Optional;

/** The outcome of one lifecycle action for every selected customer, with totals. */
public record LifecycleResult(LifecycleAction action, List<CustomerResult> results) {

    public LifecycleResult {
        results = List.copyOf(results);
    }

    public long done() {
        return count(Outcome.DONE);
    }

    public long skipped() {
        return count(Outcome.SKIPPED);
    }

    public long failed() {
        return count(Outcome.FAILED);
    }

    public int total() {
        return results.size();
    }

    public Optional<CustomerResult> of(long customerId) {
        return results.stream().filter(r -> r.customerId() == customerId).findFirst();
    }

    private long count(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
