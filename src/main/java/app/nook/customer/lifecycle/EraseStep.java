package app.nook.customer.lifecycle;

import app.nook.checkin.CheckIns;
import app.nook.contract.ContractChange;
import app.nook.file.CustomerFiles;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Erases customers' personal data for a data-protection request. A customer not yet archived is archived first,
 * by the same rules; contracts and invoices stay, against the anonymised record.
 */
@Component
class EraseStep extends SimpleStep {

    private final ArchiveStep archive;
    private final LifecycleStore store;
    private final PortalAccessStore portal;
    private final CustomerFiles files;
    private final CheckIns checkIns;

    EraseStep(
            ArchiveStep archive,
            LifecycleStore store,
            PortalAccessStore portal,
            CustomerFiles files,
            CheckIns checkIns) {
        this.archive = archive;
        this.store = store;
        this.portal = portal;
        this.files = files;
        this.checkIns = checkIns;
    }

    @Override
    public LifecycleAction action() {
        return LifecycleAction.ERASE;
    }

    @Override
    CustomerResult refusal(LockedCustomer customer) {
        return customer.erased() ? CustomerResult.skipped(customer.id(), "already erased") : null;
    }

    @Override
    List<ContractChange> change(List<Long> targets, StepContext context) {
        List<ContractChange> suspended = archive.change(targets, context);
        store.erase(targets, context);
        portal.erase(targets, context.now());
        files.eraseAllOf(targets);
        checkIns.eraseAllOf(targets);
        return suspended;
    }
}
