package app.nook.customer.api;

import app.nook.customer.lifecycle.CustomerResult;
import app.nook.customer.lifecycle.LifecycleResult;
import java.util.List;
import java.util.Locale;

/** What a lifecycle command did, with one result per selected customer. */
record LifecycleResultJson(String action, long done, long skipped, long failed, List<CustomerResultJson> results) {

    static LifecycleResultJson of(LifecycleResult result) {
        return new LifecycleResultJson(
                LifecycleCommand.wireName(result.action()),
                result.done(),
                result.skipped(),
                result.failed(),
                result.results().stream().map(CustomerResultJson::of).toList());
    }

    /**
     * What the command did to one customer.
     *
     * @param outcome {@code done}, {@code skipped} or {@code failed}
     * @param reason why it was skipped or failed; null when done
     */
    record CustomerResultJson(long customerId, String outcome, String reason) {

        static CustomerResultJson of(CustomerResult result) {
            return new CustomerResultJson(
                    result.customerId(), result.outcome().name().toLowerCase(Locale.ROOT), result.reason());
        }
    }
}
