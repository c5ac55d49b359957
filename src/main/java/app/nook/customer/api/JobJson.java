package app.nook.customer.api;

import app.nook.customer.lifecycle.LifecycleJob;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The progress of a background lifecycle job.
 *
 * @param status {@code running}, {@code done} or {@code failed}
 * @param problems the customers skipped or failed so far, with reasons
 */
record JobJson(
        String id,
        String action,
        String status,
        int total,
        int processed,
        int done,
        int skipped,
        int failed,
        int percent,
        OffsetDateTime createdAt,
        OffsetDateTime finishedAt,
        List<LifecycleResultJson.CustomerResultJson> problems) {

    static JobJson of(LifecycleJob job) {
        return new JobJson(
                job.id(),
                LifecycleCommand.wireName(job.action()),
                job.status().name().toLowerCase(Locale.ROOT),
                job.total(),
                job.processed(),
                job.done(),
                job.skipped(),
                job.failed(),
                job.percent(),
                job.createdAt(),
                job.finishedAt(),
                job.problems().stream()
                        .map(LifecycleResultJson.CustomerResultJson::of)
                        .toList());
    }
}
