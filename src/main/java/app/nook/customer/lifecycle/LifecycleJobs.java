package app.nook.customer.lifecycle;

import app.nook.staff.Actor;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Runs large lifecycle actions in the background so that no request waits for them. Progress is written in the
 * same transaction as each chunk's changes, so it is exact, survives a crash and is visible from every instance.
 */
@Service
public class LifecycleJobs {

    private static final Logger log = LoggerFactory.getLogger(LifecycleJobs.class);
    private static final int MAX_PROBLEMS_SHOWN = 1000;
    private static final Duration STALE_AFTER = Duration.ofMinutes(5);

    private final CustomerLifecycle lifecycle;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TaskExecutor executor;
    private final Clock clock;

    LifecycleJobs(
            CustomerLifecycle lifecycle,
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            Clock clock) {
        this.lifecycle = lifecycle;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Checks and resolves the selection now, then applies the action in the background.
     *
     * @return the id of the job whose progress {@link #find} reports
     * @throws app.nook.staff.PermissionDeniedException when the actor may not perform the action
     * @throws app.nook.system.InvalidInputException when the selection or reason is not acceptable
     */
    public String start(LifecycleAction action, Selection selection, String reason, Actor actor) {
        List<Long> ids = lifecycle.prepare(action, selection, reason, actor);
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into lifecycle_job (id, action, actor, reason, status, total, created_at, updated_at)
                        values (?, ?, ?, ?, 'RUNNING', ?, ?, ?)""")
                .params(id, action.name(), actor.name(), reason, ids.size(), now, now)
                .update();

        executor.execute(() -> runJob(id, action, ids, reason, actor));
        return id;
    }

    /**
     * The job's progress, or empty when there is no such job; staff limited to some locations see only the jobs they
     * started themselves, since another's may name customers elsewhere.
     */
    public Optional<LifecycleJob> find(String id, Actor actor) {
        if (actor.locations().limited() && !startedBy(id, actor)) {
            return Optional.empty();
        }
        List<CustomerResult> problems = jdbc.sql("""
                        select customer_id, outcome, reason from lifecycle_job_item
                        where job_id = ? order by customer_id limit %d""".formatted(MAX_PROBLEMS_SHOWN))
                .param(id)
                .query(CustomerResult.class)
                .list();
        return jdbc.sql("""
                        select id, action, status, total, processed, succeeded, skipped, failed, created_at,
                            updated_at, finished_at
                        from lifecycle_job where id = ?""")
                .param(id)
                .query((rs, row) -> new LifecycleJob(
                        rs.getString("id"),
                        LifecycleAction.valueOf(rs.getString("action")),
                        statusOf(rs.getString("status"), rs.getTimestamp("updated_at")),
                        rs.getInt("total"),
                        rs.getInt("processed"),
                        rs.getInt("succeeded"),
                        rs.getInt("skipped"),
                        rs.getInt("failed"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("finished_at", OffsetDateTime.class),
                        problems))
                .optional();
    }

    private boolean startedBy(String id, Actor actor) {
        return jdbc.sql("select count(*) from lifecycle_job where id = ? and actor = ?")
                        .params(id, actor.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * A job that has made no progress for a while was interrupted, by a crash or a restart: each chunk it finished
     * stands, and repeating the action finishes the rest.
     */
    private LifecycleJob.Status statusOf(String stored, Timestamp lastProgress) {
        var status = LifecycleJob.Status.valueOf(stored);
        boolean stale = lastProgress.toInstant().isBefore(clock.instant().minus(STALE_AFTER));
        return status == LifecycleJob.Status.RUNNING && stale ? LifecycleJob.Status.FAILED : status;
    }

    private void runJob(String id, LifecycleAction action, List<Long> ids, String reason, Actor actor) {
        try {
            lifecycle.run(action, ids, reason, actor, results -> recordProgress(id, results));
            finish(id, LifecycleJob.Status.DONE);
        } catch (RuntimeException e) {
            log.error("Lifecycle job {} ({}) stopped before the end", id, action, e);
            finish(id, LifecycleJob.Status.FAILED);
        }
    }

    private void recordProgress(String id, List<CustomerResult> results) {
        long done = results.stream().filter(r -> r.outcome() == Outcome.DONE).count();
        long skipped =
                results.stream().filter(r -> r.outcome() == Outcome.SKIPPED).count();
        jdbc.sql("""
                        update lifecycle_job set processed = processed + ?, succeeded = succeeded + ?,
                            skipped = skipped + ?, failed = failed + ?, updated_at = ?
                        where id = ?""")
                .params(
                        results.size(),
                        done,
                        skipped,
                        results.size() - done - skipped,
                        Timestamp.from(clock.instant()),
                        id)
                .update();
        List<CustomerResult> problems =
                results.stream().filter(r -> r.outcome() != Outcome.DONE).toList();
        jdbcTemplate.batchUpdate(
                "insert into lifecycle_job_item (job_id, customer_id, outcome, reason) values (?, ?, ?, ?)",
                problems,
                500,
                (statement, problem) -> {
                    statement.setString(1, id);
                    statement.setLong(2, problem.customerId());
                    statement.setString(3, problem.outcome().name());
                    statement.setString(4, problem.reason());
                });
    }

    private void finish(String id, LifecycleJob.Status status) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update lifecycle_job set status = ?, finished_at = ?, updated_at = ? where id = ?")
                .params(status.name(), now, now, id)
                .update();
    }
}
