package app.nook.report;

import java.time.LocalDate;
import java.util.function.BiConsumer;
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

    /** Hands each archive ({@code true}) and restore ({@code false}) in the filter's range to the consumer. */
    void count(ReportFilter filter, BiConsumer<LocalDate, Boolean> consumer) {
        String location = filter.locationId() == null ? "" : " and c.home_location_id = :location";
        String sql = """
                select a.occurred_at, a.action from audit_entry a join customer c on c.id = a.customer_id
                where a.action in ('CUSTOMER_ARCHIVED', 'CUSTOMER_RESTORED')
                    and a.occurred_at >= :from and a.occurred_at < :after""";
        jdbc.query(sql + location, Reports.rangeParams(filter), rs -> {
            LocalDate day = rs.getTimestamp(1).toLocalDateTime().toLocalDate();
            consumer.accept(day, "CUSTOMER_ARCHIVED".equals(rs.getString(2)));
        });
    }
}
