package app.nook.customer.lifecycle;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The progress of a bulk lifecycle action running in the background, as any instance can read it.
 *
 * @param problems the customers skipped or failed so far, with reasons
 */
public record LifecycleJob(
        String id,
        LifecycleAction action,
        Status status,
        int total,
        int processed,
        int done,
        int skipped,
        int failed,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt,
        List<CustomerResult> problems) {

    /** Where a job stands. */
    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }

    public int percent() {
        return total == 0 ? 100 : (int) (100L * processed / total);
    }
}
