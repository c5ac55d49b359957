package app.nook.customer.lifecycle;

import app.nook.contract.ContractChange;
import app.nook.contract.ContractSuspensions;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Archives customers: remembers their suspension and portal access, suspends them, takes their portal access,
 * sessions and tokens away at once, and suspends their active contracts, and only those.
 */
@Component
class ArchiveStep extends SimpleStep {

    private final LifecycleStore store;
    private final PortalAccessStore portal;
    private final ContractSuspensions contracts;

    ArchiveStep(LifecycleStore store, PortalAccessStore portal, ContractSuspensions contracts) {
        this.store = store;
        this.portal = portal;
        this.contracts = contracts;
    }

    @Override
    public LifecycleAction action() {
        return LifecycleAction.ARCHIVE;
    }

    @Override
    CustomerResult refusal(LockedCustomer customer) {
        return customer.archived() ? CustomerResult.skipped(customer.id(), "already archived") : null;
    }

    @Override
    List<ContractChange> change(List<Long> targets, StepContext context) {
        // The archive row records portal access as it was, so it must be written before access is taken away.
        store.archive(targets, context);
        portal.disable(targets);
        portal.endSessionsAndTokens(targets, context.now());
        return contracts.suspendForArchive(targets, context.now());
    }
}
