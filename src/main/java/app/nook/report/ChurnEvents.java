package app.nook.report;

import java.time.LocalDate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Archives and restores over time, read from the audit log. The one report query that must see archived customers,
 * because an archive is what churn is; it counts events and reads nothing else about those customers.
 */
@Repository
class ChurnEvents {

    private final NamedParameterJdbcTemplate jdbc;

    ChurnEvents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Receives the number of archives ({@code archived} true) or restores on one day. */
    @FunctionalInterface
    interface DayCount {
        void accept(LocalDate day, boolean archived, long count);
    }

    /** Hands the number of archives and of restores of each day in the filter's range to the consumer. */
    void count(ReportFilter filter, DayCount consumer) {
        // Customers are joined only to narrow to a location: for all of them the audit entries alone answer.
        String location = filter.locationId() == null
                ? ""
                : " and exists (select 1 from customer c"
                        + " where c.id = a.customer_id and c.home_location_id = :location)";
        String sql = """
                select cast(a.occurred_at as date) as event_day, a.action, count(*) from audit_entry a
                where a.action in ('CUSTOMER_ARCHIVED', 'CUSTOMER_RESTORED')
                    and a.occurred_at >= :from and a.occurred_at < :after%s
                group by cast(a.occurred_at as date), a.action""";
        jdbc.query(sql.formatted(location), Reports.rangeParams(filter), rs -> {
            consumer.accept(rs.getDate(1).toLocalDate(), "CUSTOMER_ARCHIVED".equals(rs.getString(2)), rs.getLong(3));
        });
    }
}
