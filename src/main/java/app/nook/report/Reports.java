package app.nook.report;

import app.nook.system.LocationScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every report from the report figures ({@code report_customer_day}, {@code report_plan},
 * {@code report_revenue_change}, {@code report_invoice_day}, {@code report_check_in_day}), which count live
 * customers only, so that archived customers count nowhere. Headline totals are built from the same figures as their
 * breakdowns, so the two always agree.
 */
@Service
public class Reports {

    /** What the figure's contracts bill per period, per month: yearly and quarterly amounts spread evenly. */
    private static final String MONTHLY = """
            %s / (case %s when 'QUARTERLY' then 3 when 'YEARLY' then 12 else 1 end)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ChurnEvents churn;
    private final Clock clock;

    Reports(NamedParameterJdbcTemplate jdbc, ChurnEvents churn, Clock clock) {
        this.jdbc = jdbc;
        this.churn = churn;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Headline headline(LocationScope locations) {
        LocalDate today = LocalDate.now(clock);
        var params = locations
                .addTo(new MapSqlParameterSource())
                .addValue("today", Date.valueOf(today))
                .addValue("month", Date.valueOf(today.withDayOfMonth(1)));
        long[] customers = jdbc.queryForObject(
                "select coalesce(sum(r.customers), 0), coalesce(sum(r.members), 0) from report_customer_day r"
                        + " where 1 = 1" + at("r", locations),
                params,
                (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)});
        long members = customers[1];
        long contacts = customers[0] - members;
        BigDecimal mrr = membersByPlan(locations).stream()
                .map(PlanFigures::monthlyRevenue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String sql = """
                select coalesce(sum(r.total), 0) from report_invoice_day r
                where r.issued_on >= :month and r.issued_on <= :today""";
        BigDecimal invoiced = jdbc.queryForObject(sql + at("r", locations), params, BigDecimal.class);
        Long checkIns = jdbc.queryForObject(
                "select coalesce(sum(r.check_ins), 0) from report_check_in_day r where r.visit_day >= :today"
                        + at("r", locations),
                params,
                Long.class);
        return new Headline(members, contacts, mrr, money(invoiced), checkIns == null ? 0 : checkIns);
    }

    /** Active contracts, members and recurring revenue per plan; their revenue adds up to the headline's. */
    @Transactional(readOnly = true)
    public List<PlanFigures> membersByPlan(LocationScope locations) {
        String sql = """
                select p.name, l.name as location, r.contracts, r.members, %s as revenue
                from report_plan r
                join plan p on p.id = r.plan_id
                join location l on l.id = p.location_id
                where r.contracts > 0%s
                order by l.name, p.name""";
        return jdbc.query(
                sql.formatted(MONTHLY.formatted("r.billed", "p.billing_period"), at("p", locations)),
                locations.addTo(new MapSqlParameterSource()),
                (rs, row) -> new PlanFigures(
                        rs.getString("name"),
                        rs.getString("location"),
                        rs.getLong("contracts"),
                        rs.getLong("members"),
                        money(rs.getBigDecimal("revenue"))));
    }

    /** Recurring revenue at the end of each month, and today for the current one: the revenue changes up to then. */
    @Transactional(readOnly = true)
    public List<MonthFigure> recurringRevenueByMonth(ReportFilter filter) {
        List<YearMonth> months = new ArrayList<>(emptyMonths(filter, null).keySet());
        var params = filter.locations().addTo(new MapSqlParameterSource());
        List<String> sums = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            params.addValue("day" + i, Date.valueOf(lastDayCounted(months.get(i))));
            sums.add("coalesce(sum(case when r.changed_on <= :day%d then %s end), 0)"
                    .formatted(i, MONTHLY.formatted("r.amount", "r.billing_period")));
        }

        String sql = "select %s from report_revenue_change r where 1 = 1%s";
        List<BigDecimal> amounts = jdbc.queryForObject(
                sql.formatted(String.join(", ", sums), at("r", filter.locations())), params, (rs, row) -> {
                    List<BigDecimal> values = new ArrayList<>();
                    for (int i = 1; i <= months.size(); i++) {
                        values.add(rs.getBigDecimal(i));
                    }
                    return values;
                });
        return IntStream.range(0, months.size())
                .mapToObj(i -> new MonthFigure(months.get(i), money(amounts.get(i)), 0))
                .toList();
    }

    private LocalDate lastDayCounted(YearMonth month) {
        LocalDate today = LocalDate.now(clock);
        return month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
    }

    /** The total and number of invoices issued each month. */
    @Transactional(readOnly = true)
    public List<MonthFigure> invoicedByMonth(ReportFilter filter) {
        Map<YearMonth, BigDecimal> amounts = emptyMonths(filter, BigDecimal.ZERO);
        Map<YearMonth, Long> counts = emptyMonths(filter, 0L);
        jdbc.query("""
                        select r.issued_on, sum(r.total), sum(r.invoices) from report_invoice_day r
                        where r.issued_on >= :from and r.issued_on <= :to%s
                        group by r.issued_on""".formatted(at("r", filter.locations())), rangeParams(filter), rs -> {
            YearMonth month = YearMonth.from(rs.getDate(1).toLocalDate());
            amounts.merge(month, rs.getBigDecimal(2), BigDecimal::add);
            counts.merge(month, rs.getLong(3), Long::sum);
        });
        return amounts.entrySet().stream()
                .map(e -> new MonthFigure(e.getKey(), money(e.getValue()), counts.get(e.getKey())))
                .toList();
    }

    /** New customers, archives (churn) and restores (returns) per month. */
    @Transactional(readOnly = true)
    public List<CustomerFlow> customerFlow(ReportFilter filter) {
        Map<YearMonth, long[]> flows = emptyMonths(filter, null);
        flows.replaceAll((month, none) -> new long[3]);
        var params = rangeParams(filter);
        jdbc.query(
                "select r.registered_on, sum(r.customers) from report_customer_day r where r.registered_on >= :from"
                        + " and r.registered_on <= :to" + at("r", filter.locations()) + " group by r.registered_on",
                params,
                rs -> {
                    tally(flows, rs.getDate(1).toLocalDate(), 0, rs.getLong(2));
                });
        churn.count(filter, (day, archived, count) -> tally(flows, day, archived ? 1 : 2, count));
        return flows.entrySet().stream()
                .map(e -> new CustomerFlow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .toList();
    }

    /** Check-ins in the filter's months per location and weekday. */
    @Transactional(readOnly = true)
    public List<CheckInFigures> checkInsByLocationAndWeekday(ReportFilter filter) {
        Map<String, long[]> byLocation = new TreeMap<>();
        String sql = """
                select l.name, r.visit_day, sum(r.check_ins) from report_check_in_day r
                join location l on l.id = r.location_id
                where r.visit_day >= :from and r.visit_day < :after%s
                group by l.name, r.visit_day having sum(r.check_ins) <> 0""";
        jdbc.query(sql.formatted(at("r", filter.locations())), rangeParams(filter), rs -> {
            DayOfWeek weekday = rs.getDate(2).toLocalDate().getDayOfWeek();
            byLocation.computeIfAbsent(rs.getString(1), l -> new long[7])[weekday.getValue() - 1] += rs.getLong(3);
        });
        return byLocation.entrySet().stream()
                .map(e -> new CheckInFigures(
                        e.getKey(), Arrays.stream(e.getValue()).boxed().toList()))
                .toList();
    }

    private static String at(String alias, LocationScope locations) {
        return locations.condition(alias + ".location_id");
    }

    static MapSqlParameterSource rangeParams(ReportFilter filter) {
        return filter.locations()
                .addTo(new MapSqlParameterSource())
                .addValue("from", Date.valueOf(filter.from().atDay(1)))
                .addValue("to", Date.valueOf(filter.to().atEndOfMonth()))
                .addValue("after", Date.valueOf(filter.to().atEndOfMonth().plusDays(1)));
    }

    private static <V> Map<YearMonth, V> emptyMonths(ReportFilter filter, V initial) {
        Map<YearMonth, V> months = new LinkedHashMap<>();
        for (YearMonth month = filter.from(); !month.isAfter(filter.to()); month = month.plusMonths(1)) {
            months.put(month, initial);
        }
        return months;
    }

    private static void tally(Map<YearMonth, long[]> flows, LocalDate day, int slot, long count) {
        long[] counts = flows.get(YearMonth.from(day));
        if (counts != null) {
            counts[slot] += count;
        }
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
