package app.nook.customer.lifecycle;

import app.nook.contract.ContractChange;
import java.util.ArrayList;
import java.util.List;

/** A step that judges each customer on its own, then changes all those it applies to at once. */
abstract class SimpleStep implements ChunkStep {

    @Override
    public StepOutcome apply(List<LockedCustomer> customers, StepContext context) {
        List<CustomerResult> results = new ArrayList<>(customers.size());
        List<Long> targets = new ArrayList<>(customers.size());
        for (LockedCustomer customer : customers) {
            CustomerResult refusal = refusal(customer);
            if (refusal == null) {
                targets.add(customer.id());
                results.add(CustomerResult.done(customer.id()));
            } else {
                results.add(refusal);
            }
        }

        List<ContractChange> contracts = targets.isEmpty() ? List.of() : change(targets, context);
        return new StepOutcome(results, contracts);
    }

    /** Why this action does not apply to the customer (skipped or failed), or null when it does. */
    abstract CustomerResult refusal(LockedCustomer customer);

    /** Changes every target customer; answers the contracts that moved with them. */
    abstract List<ContractChange> change(List<Long> targets, StepContext context);
}
