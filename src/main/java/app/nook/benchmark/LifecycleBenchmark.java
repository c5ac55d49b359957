package app.nook.benchmark;

import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerListing;
import app.nook.customer.CustomerView;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.system.LocationScope;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Times bulk archives and the restores that undo them through the lifecycle engine, and the same work as bare
 * SQL; every run leaves the data as it found it.
 */
@Component
@Profile("benchmark")
class LifecycleBenchmark {

    private static final Logger log = LoggerFactory.getLogger(LifecycleBenchmark.class);
    private static final int BY_IDS = 10_000;
    private static final int RESTORE_SLICE = 50_000;

    private final CustomerLifecycle lifecycle;
    private final CustomerListing listing;
    private final BareSql bare;
    private final JdbcTemplate jdbc;

    LifecycleBenchmark(CustomerLifecycle lifecycle, CustomerListing listing, BareSql bare, JdbcTemplate jdbc) {
        this.lifecycle = lifecycle;
        this.listing = listing;
        this.bare = bare;
        this.jdbc = jdbc;
    }

    /**
     * Vacuums the tables the bulk actions rewrote. Each archive and restore leaves a dead version of every row it
     * changed and clears the visibility map, so that index-only scans visit the table again; where autovacuum is
     * off or behind, the page views after the bulk actions, and every read of the next run, would pay for that.
     */
    void vacuum() {
        long start = System.nanoTime();
        jdbc.execute("vacuum analyze customer, contract, portal_account, api_token, audit_entry, report_customer_day,"
                + " report_plan, report_revenue_change, report_invoice_day, report_check_in_day");
        log.info("Vacuumed after the bulk actions in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Archive and restore of 10,000 customers by ids. */
    List<ResultRow> byIds(int runs) {
        List<Long> ids =
                jdbc.queryForList("select c.id from live_customer c order by c.id desc limit " + BY_IDS, Long.class);
        Selection selection = Selection.of(ids);
        Timed nook = cycle(
                runs,
                () -> lifecycle.archive(selection, "Benchmark", Actor.system()),
                () -> lifecycle.restore(selection, Actor.system()));
        Timed bareSql = cycle(runs, () -> bare.archive(ids), () -> bare.restore(ids));
        return List.of(
                new ResultRow("archive " + ids.size() + " by ids", nook.archive(), bareSql.archive(), 2_000),
                new ResultRow("restore " + ids.size() + " by ids", nook.restore(), bareSql.restore(), 2_000));
    }

    /** Archive of every live customer of one location, as a filter selection, and their restore by ids. */
    List<ResultRow> byFilter(int runs) {
        Long location = jdbc.queryForObject("select min(id) from location where name like 'Bench %'", Long.class);
        var filter = new CustomerFilter(CustomerView.ACTIVE, null, location, null, null);
        List<Long> ids = listing.ids(filter, LocationScope.everywhere());
        Timed nook = cycle(
                runs,
                () -> lifecycle.archive(Selection.matching(filter), "Benchmark", Actor.system()),
                () -> restoreInSlices(ids));
        Timed bareSql = cycle(runs, () -> bare.archive(ids), () -> bare.restore(ids));
        return List.of(
                new ResultRow("archive " + ids.size() + " by filter", nook.archive(), bareSql.archive(), 20_000),
                new ResultRow("restore " + ids.size() + " by ids", nook.restore(), bareSql.restore(), 20_000));
    }

    /** Restores by ids in slices, since one selection by ids may name at most 100,000 customers. */
    private void restoreInSlices(List<Long> ids) {
        for (int start = 0; start < ids.size(); start += RESTORE_SLICE) {
            List<Long> slice = ids.subList(start, Math.min(ids.size(), start + RESTORE_SLICE));
            lifecycle.restore(Selection.of(slice), Actor.system());
        }
    }

    private static Timed cycle(int runs, Runnable archive, Runnable restore) {
        double[] archives = new double[runs];
        double[] restores = new double[runs];
        for (int i = 0; i < runs; i++) {
            archives[i] = millis(archive);
            restores[i] = millis(restore);
        }
        return new Timed(Measurement.of(archives), Measurement.of(restores));
    }

    private static double millis(Runnable operation) {
        long start = System.nanoTime();
        operation.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The timings of the archives and of the restores of one cycle. */
    private record Timed(Measurement archive, Measurement restore) {}
}
