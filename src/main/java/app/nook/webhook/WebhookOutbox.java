package app.nook.webhook;

import app.nook.contract.ContractChange;
import app.nook.contract.ContractStatus;
import app.nook.customer.CustomerChanged;
import app.nook.customer.lifecycle.CustomerLifecycleEvent;
import app.nook.customer.lifecycle.LifecycleAction;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns customer changes into outbox rows inside the transaction that makes them, so that a change that rolls back
 * leaves no delivery and one that commits always has one.
 */
@Component
class WebhookOutbox {

    private final OutboxStore store;

    WebhookOutbox(OutboxStore store) {
        this.store = store;
    }

    @EventListener
    void on(CustomerChanged changed) {
        WebhookEvent event = changed.change() == CustomerChanged.Change.CREATED
                ? WebhookEvent.CUSTOMER_CREATED
                : WebhookEvent.CUSTOMER_UPDATED;
        store.write(List.of(new OutboxEntry(event, changed.customerId(), null, changed.actor(), null, changed.at())));
    }

    @EventListener
    void on(CustomerLifecycleEvent changed) {
        List<OutboxEntry> entries = new ArrayList<>();
        // An erase reason may name the person whose data was erased, so it stays out of the payload.
        String reason = changed.action() == LifecycleAction.ERASE ? null : changed.reason();
        WebhookEvent customerEvent = customerEvent(changed.action());
        for (long customerId : changed.customerIds()) {
            entries.add(new OutboxEntry(customerEvent, customerId, null, changed.actor(), reason, changed.at()));
        }
        for (ContractChange contract : changed.contracts()) {
            contractEvent(changed.action(), contract.newStatus())
                    .forEach(event -> entries.add(new OutboxEntry(
                            event,
                            contract.customerId(),
                            contract.contractId(),
                            changed.actor(),
                            reason,
                            changed.at())));
        }
        store.write(entries);
    }

    private static WebhookEvent customerEvent(LifecycleAction action) {
        return switch (action) {
            case ARCHIVE -> WebhookEvent.CUSTOMER_ARCHIVED;
            case RESTORE -> WebhookEvent.CUSTOMER_RESTORED;
            default -> WebhookEvent.CUSTOMER_UPDATED;
        };
    }

    private static List<WebhookEvent> contractEvent(LifecycleAction action, ContractStatus status) {
        if (action == LifecycleAction.ARCHIVE && status == ContractStatus.SUSPENDED) {
            return List.of(WebhookEvent.CONTRACT_SUSPENDED);
        }
        if (action == LifecycleAction.RESTORE && status == ContractStatus.ACTIVE) {
            return List.of(WebhookEvent.CONTRACT_RESUMED);
        }
        return List.of();
    }
}
