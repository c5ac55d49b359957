package app.nook.customer.lifecycle;

import app.nook.contract.ContractChange;
import java.time.Instant;
import java.util.List;

/**
 * Published inside the transaction of each chunk that changed customers: listeners (webhooks, for one) see
 * exactly the customers and contracts that were changed, and only if the change commits.
 *
 * @param customerIds the customers the action changed, never those skipped or failed
 * @param contracts the contracts whose status moved with them
 */
public record CustomerLifecycleEvent(
        LifecycleAction action,
        List<Long> customerIds,
        List<ContractChange> contracts,
        String actor,
        String reason,
        Instant at) {}
