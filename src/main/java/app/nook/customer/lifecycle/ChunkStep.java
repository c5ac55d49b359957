package app.nook.customer.lifecycle;

import java.util.List;

/** The rules of one lifecycle action, applied to a chunk of locked customers inside one transaction. */
interface ChunkStep {

    LifecycleAction action();

    /**
     * Changes the customers that the action applies to, with a few set-based statements, and answers a result for
     * every customer given. Audit entries and events are the caller's.
     */
    StepOutcome apply(List<LockedCustomer> customers, StepContext context);
}
