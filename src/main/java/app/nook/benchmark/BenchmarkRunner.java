package app.nook.benchmark;

import app.nook.customer.CustomerCursor;
import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerListing;
import app.nook.customer.CustomerSort;
import app.nook.customer.CustomerView;
import app.nook.report.ReportFilter;
import app.nook.report.Reports;
import app.nook.search.GlobalSearch;
import app.nook.system.LocationScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Times the read paths of Nook against generated data: the members list, its search, global search and every
 * report, each next to the bare SQL doing the same work.
 */
@Component
@Profile("benchmark")
class BenchmarkRunner {

    /** Nook itself reads every location, as an administrator does. */
    private static final LocationScope EVERYWHERE = LocationScope.everywhere();

    static final int PAGE_SIZE = 25;
    private static final double LIST_TARGET = 50;
    private static final double REPORT_TARGET = 500;

    private final CustomerListing listing;
    private final GlobalSearch search;
    private final Reports reports;
    private final BareSql bare;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BenchmarkRunner(
            CustomerListing listing,
            GlobalSearch search,
            Reports reports,
            BareSql bare,
            JdbcTemplate jdbc,
            Clock clock) {
        this.listing = listing;
        this.search = search;
        this.reports = reports;
        this.bare = bare;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<ResultRow> listings(int warmups, int runs) throws Exception {
        CustomerFilter active = CustomerFilter.of(CustomerView.ACTIVE);
        long live = listing.count(active, EVERYWHERE);
        int deep = (int) Math.min(2000, Math.max(0, live / PAGE_SIZE - 2));
        List<ResultRow> rows = new ArrayList<>();
        for (CustomerSort sort : List.of(CustomerSort.NEWEST, CustomerSort.NAME)) {
            boolean newest = sort == CustomerSort.NEWEST;
            String order = newest ? "c.registered_on desc, c.id desc" : "c.full_name, c.id";
            String label = "list, sorted " + sort.name().toLowerCase() + ", page ";
            for (int page : List.of(0, deep)) {
                rows.add(new ResultRow(
                        label + page,
                        Stopwatch.time(warmups, runs, () -> listing.page(active, sort, page, PAGE_SIZE, EVERYWHERE)),
                        Stopwatch.time(warmups, runs, () -> bare.page(order, (long) page * PAGE_SIZE)),
                        LIST_TARGET));
            }
            CustomerCursor cursor =
                    listing.page(active, sort, deep, PAGE_SIZE, EVERYWHERE).next();
            String beyond = newest ? "(c.registered_on, c.id) < (?, ?)" : "(c.full_name, c.id) > (?, ?)";
            rows.add(new ResultRow(
                    label + (deep + 1) + " by cursor",
                    Stopwatch.time(
                            warmups, runs, () -> listing.pageAfter(active, cursor, deep + 1, PAGE_SIZE, EVERYWHERE)),
                    Stopwatch.time(warmups, runs, () -> bare.pageAfter(order, beyond, cursor.key(), cursor.id())),
                    LIST_TARGET));
        }
        return rows;
    }

    List<ResultRow> searches(int warmups, int runs) {
        return SearchTerms.pick(jdbc).all().entrySet().stream()
                .flatMap(term -> searchRows(term.getKey(), term.getValue(), warmups, runs).stream())
                .toList();
    }

    private List<ResultRow> searchRows(String kind, String term, int warmups, int runs) {
        var filter = new CustomerFilter(CustomerView.ACTIVE, term, null, null, null);
        try {
            return List.of(
                    new ResultRow(
                            "global search, " + kind + " `" + term + "`",
                            Stopwatch.time(warmups, runs, () -> search.search(term, EVERYWHERE)),
                            Stopwatch.time(warmups, runs, () -> bare.search(term)),
                            LIST_TARGET),
                    new ResultRow(
                            "list search, " + kind + " `" + term + "`",
                            Stopwatch.time(
                                    warmups,
                                    runs,
                                    () -> listing.page(filter, CustomerSort.NEWEST, 0, PAGE_SIZE, EVERYWHERE)),
                            Stopwatch.time(warmups, runs, () -> bare.listSearch(term)),
                            LIST_TARGET));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<ResultRow> reports(int warmups, int runs) throws Exception {
        YearMonth now = YearMonth.now(clock);
        ReportFilter filter = ReportFilter.lastTwelveMonths(now);
        LocalDate from = filter.from().atDay(1);
        LocalDate to = now.atEndOfMonth();
        LocalDate today = LocalDate.now(clock);
        return List.of(
                report(
                        "report: headline",
                        warmups,
                        runs,
                        () -> reports.headline(EVERYWHERE),
                        () -> bare.headline(today)),
                report(
                        "report: members by plan",
                        warmups,
                        runs,
                        () -> reports.membersByPlan(EVERYWHERE),
                        bare::membersByPlan),
                report(
                        "report: recurring revenue by month",
                        warmups,
                        runs,
                        () -> reports.recurringRevenueByMonth(filter),
                        () -> bare.recurringRevenueByMonth(from, to)),
                report(
                        "report: invoiced by month",
                        warmups,
                        runs,
                        () -> reports.invoicedByMonth(filter),
                        () -> bare.invoicedByMonth(from, to)),
                report(
                        "report: customer flow",
                        warmups,
                        runs,
                        () -> reports.customerFlow(filter),
                        () -> bare.customerFlow(from, to)),
                report(
                        "report: check-ins by location and weekday",
                        warmups,
                        runs,
                        () -> reports.checkInsByLocationAndWeekday(filter),
                        () -> bare.checkInsByLocationAndWeekday(from, to)));
    }

    private static ResultRow report(
            String name, int warmups, int runs, Stopwatch.Operation nook, Stopwatch.Operation bareSql)
            throws Exception {
        return new ResultRow(
                name,
                Stopwatch.time(warmups, runs, nook),
                Stopwatch.time(warmups, runs, bareSql),
                REPORT_TARGET,
                false);
    }
}
