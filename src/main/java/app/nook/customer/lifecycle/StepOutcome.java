package app.nook.customer.lifecycle;

import app.nook.contract.ContractChange;
import java.util.List;

/** What a step did to one chunk: a result for every customer, and the contracts it moved. */
record StepOutcome(List<CustomerResult> results, List<ContractChange> contracts) {

    List<Long> doneIds() {
        return results.stream()
                .filter(r -> r.outcome() == Outcome.DONE)
                .map(CustomerResult::customerId)
                .toList();
    }
}
