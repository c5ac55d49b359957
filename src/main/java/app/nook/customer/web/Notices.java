package app.nook.customer.web;

import app.nook.customer.lifecycle.CustomerResult;
import app.nook.customer.lifecycle.LifecycleResult;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words the outcome of an action on the customer record in the staff user's language. */
@Component
class Notices {

    private final MessageSource messages;

    Notices(MessageSource messages) {
        this.messages = messages;
    }

    /** What the action did to the one customer, with the engine's reason when it skipped or failed. */
    Notice outcome(RecordAction action, LifecycleResult result, long customerId) {
        CustomerResult outcome = result.of(customerId)
                .orElseThrow(() -> new IllegalStateException("No result for customer " + customerId));
        String label = text(action.labelKey());

        return switch (outcome.outcome()) {
            case DONE -> Notice.success(text(action.doneKey()));
            case SKIPPED -> Notice.warning(text("record.outcome.skipped", label, outcome.reason()));
            case FAILED -> Notice.danger(text("record.outcome.failed", label, outcome.reason()));
        };
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
