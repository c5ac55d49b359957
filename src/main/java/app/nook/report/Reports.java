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
 * Computes every report from {@code live_customer}, so that archived customers count nowhere. Headline totals are
 * built from the same rows as their breakdowns, so the two always agree.
 */
@Service
public class Reports {

    /** A contract's price per month, yearly and quarterly ones spread evenly. */
    private static final String MONTHLY = """
            k.price * k.quantity / (case p.billing_period when 'QUARTERLY' then 3 when 'YEARLY' then 12 else 1 end)""";

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
        String customers = locations.condition("c.home_location_id");
        long members = count("select count(*) from live_customer c where " + member(true) + customers, params);
        long contacts = count("select count(*) from live_customer c where " + member(false) + customers, params);
        BigDecimal mrr = membersByPlan(locations).stream()
                .map(PlanFigures::monthlyRevenue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String sql = """
                select coalesce(sum(i.total), 0) from invoice i join live_customer c on c.id = i.customer_id
                where i.status <> 'VOID' and i.issued_on >= :month and i.issued_on <= :today""";
        BigDecimal invoiced = jdbc.queryForObject(sql + at("i", locations), params, BigDecimal.class);
        long checkIns = count("""
                select count(*) from check_in h join live_customer c on c.id = h.customer_id
                where h.checked_in_at >= :today""" + at("h", locations), params);
        return new Headline(members, contacts, mrr, invoiced, checkIns);
    }

    /** Active contracts, members and recurring revenue per plan; their revenue adds up to the headline's. */
    @Transactional(readOnly = true)
    public List<PlanFigures> membersByPlan(LocationScope locations) {
        String sql = """
                select p.name, l.name as location, count(*) as contracts,
                    count(distinct k.customer_id) as members, sum(%s) as revenue
                from contract k
                join live_customer c on c.id = k.customer_id
                join plan p on p.id = k.plan_id
                join location l on l.id = p.location_id
                where k.status = 'ACTIVE'%s
                group by p.id, p.name, l.name order by l.name, p.name""";
        return jdbc.query(
                sql.formatted(MONTHLY, at("p", locations)),
                locations.addTo(new MapSqlParameterSource()),
                (rs, row) -> new PlanFigures(
                        rs.getString("name"),
                        rs.getString("location"),
                        rs.getLong("contracts"),
                        rs.getLong("members"),
                        money(rs.getBigDecimal("revenue"))));
    }

    /** Recurring revenue at the end of each month, and today for the current one; one pass over the contracts. */
    @Transactional(readOnly = true)
    public List<MonthFigure> recurringRevenueByMonth(ReportFilter filter) {
        List<YearMonth> months = new ArrayList<>(emptyMonths(filter, null).keySet());
        var params = filter.locations().addTo(new MapSqlParameterSource());
        List<String> sums = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            params.addValue("day" + i, Date.valueOf(lastDayCounted(months.get(i))));
            sums.add(
                    "coalesce(sum(case when k.start_date <= :day%1$d and (k.end_date is null or k.end_date >= :day%1$d)"
                                    .formatted(i)
                            + " then " + MONTHLY + " end), 0)");
        }

        String sql = """
                select %s from contract k
                join live_customer c on c.id = k.customer_id join plan p on p.id = k.plan_id
                where k.status in ('ACTIVE', 'ENDED')%s""";
        List<BigDecimal> amounts = jdbc.queryForObject(
                sql.formatted(String.join(", ", sums), at("p", filter.locations())), params, (rs, row) -> {
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
                        select i.issued_on, sum(i.total), count(*) from invoice i
                        join live_customer c on c.id = i.customer_id
                        where i.status <> 'VOID' and i.issued_on >= :from and i.issued_on <= :to%s
                        group by i.issued_on""".formatted(at("i", filter.locations())), rangeParams(filter), rs -> {
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
        String customers = filter.locations().condition("c.home_location_id");
        jdbc.query(
                "select c.registered_on, count(*) from live_customer c where c.registered_on >= :from"
                        + " and c.registered_on <= :to" + customers + " group by c.registered_on",
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
                select l.name, cast(h.checked_in_at as date) as visit_day, count(*) from check_in h
                join live_customer c on c.id = h.customer_id join location l on l.id = h.location_id
                where h.checked_in_at >= :from and h.checked_in_at < :after%s
                group by l.name, cast(h.checked_in_at as date)""";
        jdbc.query(sql.formatted(at("h", filter.locations())), rangeParams(filter), rs -> {
            DayOfWeek weekday = rs.getDate(2).toLocalDate().getDayOfWeek();
            byLocation.computeIfAbsent(rs.getString(1), l -> new long[7])[weekday.getValue() - 1] += rs.getLong(3);
        });
        return byLocation.entrySet().stream()
                .map(e -> new CheckInFigures(
                        e.getKey(), Arrays.stream(e.getValue()).boxed().toList()))
                .toList();
    }

    private static String member(boolean isMember) {
        return (isMember ? "" : "not ")
                + "exists (select 1 from contract m where m.customer_id = c.id and m.status = 'ACTIVE')";
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

    private long count(String sql, MapSqlParameterSource params) {
        Long count = jdbc.queryForObject(sql, params, Long.class);
        return count == null ? 0 : count;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2, RoundingMode.HALF_UP);
    }
}
