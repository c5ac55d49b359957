package app.nook.billing;

import app.nook.staff.Actor;
import app.nook.staff.Permission;
import app.nook.system.NotPermittedException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices every active contract whose renewal has come, for customers who are not archived, and moves its renewal
 * on. Runs every night on one instance, and on demand from the admin panel; running it twice on a day invoices
 * nothing more, because renewals have moved and the database holds one invoice per contract and period.
 */
@Service
public class BillingRun {

    private static final Logger log = LoggerFactory.getLogger(BillingRun.class);

    private final BillingStore store;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BillingRun(BillingStore store, JdbcTemplate jdbc, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs billing for the given date and answers what it did. */
    @Transactional
    public BillingRunSummary run(LocalDate runDate, Actor actor) {
        requireEveryLocation(actor);
        Instant started = clock.instant();

        List<InvoiceDraft> drafts = store.dueContracts(runDate).stream()
                .flatMap(contract -> InvoiceDraft.owedBy(contract, runDate).stream())
                .toList();
        store.write(drafts, runDate);
        var summary = new BillingRunSummary(
                runDate,
                drafts.size(),
                drafts.stream().map(InvoiceDraft::total).reduce(BigDecimal.ZERO, BigDecimal::add),
                store.dueButSuspended(runDate, false),
                store.dueButSuspended(runDate, true));

        record(summary, actor, started);
        log.info(
                "Billing run for {} by {}: {} invoices totalling {}; skipped {} suspended and {} archived contracts",
                runDate,
                actor.name(),
                summary.invoices(),
                summary.amount(),
                summary.skippedSuspended(),
                summary.skippedArchived());
        return summary;
    }

    /** The most recent runs, newest first; their totals cover every location, as the runs do. */
    @Transactional(readOnly = true)
    public List<BillingRunSummary> recent(int limit, Actor actor) {
        requireEveryLocation(actor);
        return jdbc.query(
                """
                select run_date, invoices, amount, skipped_suspended, skipped_archived from billing_run
                order by started_at desc, id desc limit ?""",
                (rs, row) -> new BillingRunSummary(
                        rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getBigDecimal(3), rs.getInt(4), rs.getInt(5)),
                limit);
    }

    private void record(BillingRunSummary summary, Actor actor, Instant started) {
        jdbc.update(
                """
                insert into billing_run (run_date, actor, started_at, finished_at, invoices, amount,
                    skipped_suspended, skipped_archived)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                Date.valueOf(summary.runDate()),
                actor.name(),
                Timestamp.from(started),
                Timestamp.from(clock.instant()),
                summary.invoices(),
                summary.amount(),
                summary.skippedSuspended(),
                summary.skippedArchived());
    }

    /** The billing run bills every location, so only staff with billing rights who work in all of them see it. */
    private static void requireEveryLocation(Actor actor) {
        actor.require(Permission.MANAGE_BILLING);
        if (actor.locations().limited()) {
            throw new NotPermittedException(
                    "The billing run bills every location; only staff who work in all of them may start or see it");
        }
    }
}
