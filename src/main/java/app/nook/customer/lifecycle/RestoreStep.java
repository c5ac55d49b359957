package app.nook.customer.lifecycle;

import app.nook.contract.ContractChange;
import app.nook.contract.ContractSuspensions;
import app.nook.customer.lifecycle.LifecycleStore.EmailHolder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Restores archived customers: gives back exactly what the archive took, and nothing more. Refuses a customer
 * whose email a customer who is not archived now uses.
 */
@Component
class RestoreStep implements ChunkStep {

    private final LifecycleStore store;
    private final PortalAccessStore portal;
    private final ContractSuspensions contracts;

    RestoreStep(LifecycleStore store, PortalAccessStore portal, ContractSuspensions contracts) {
        this.store = store;
        this.portal = portal;
        this.contracts = contracts;
    }

    @Override
    public LifecycleAction action() {
        return LifecycleAction.RESTORE;
    }

    @Override
    public StepOutcome apply(List<LockedCustomer> customers, StepContext context) {
        Map<String, EmailHolder> liveOwners = store.liveOwnersOf(
                customers.stream().map(c -> normalise(c.email())).toList(),
                context.actor().locations());
        Set<String> claimed = new HashSet<>(liveOwners.keySet());
        List<CustomerResult> results = new ArrayList<>(customers.size());
        List<Long> targets = new ArrayList<>();
        List<Long> portalBack = new ArrayList<>();

        for (LockedCustomer customer : customers) {
            String email = normalise(customer.email());
            if (!customer.archived()) {
                results.add(CustomerResult.skipped(customer.id(), "not archived"));
            } else if (customer.erased()) {
                results.add(CustomerResult.failed(customer.id(), "personal data was erased; it cannot be restored"));
            } else if (!claimed.add(email)) {
                results.add(CustomerResult.failed(customer.id(), conflict(customer, liveOwners.get(email))));
            } else {
                targets.add(customer.id());
                if (customer.portalBeforeArchive()) {
                    portalBack.add(customer.id());
                }
                results.add(CustomerResult.done(customer.id()));
            }
        }

        if (targets.isEmpty()) {
            return new StepOutcome(results, List.of());
        }
        store.restore(targets, context);
        if (!portalBack.isEmpty()) {
            portal.enable(portalBack, context.now());
        }
        List<ContractChange> changed = contracts.resumeAfterRestore(targets, context.today(), context.now());
        return new StepOutcome(results, changed);
    }

    /** Names the customer who now holds the email only when the actor may see them. */
    private static String conflict(LockedCustomer customer, EmailHolder owner) {
        String holder;
        if (owner == null) {
            holder = "another customer restored with it";
        } else if (owner.visible()) {
            holder = "customer #" + owner.id();
        } else {
            holder = "a customer at another location";
        }
        return "email " + customer.email() + " is now used by " + holder + "; change one of the emails first";
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
