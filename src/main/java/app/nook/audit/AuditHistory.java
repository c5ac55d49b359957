package app.nook.audit;

import app.nook.system.LocationScope;
import app.nook.system.ResultPage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log for the admin panel, newest first. Entries about archived customers are listed too, since the
 * log is history; their names come only from {@code live_customer}.
 */
@Service
public class AuditHistory {

    public static final int PAGE_SIZE = 50;

    private static final String FROM = """
            from audit_entry a left join live_customer c on c.id = a.customer_id
            """;
    private static final String COUNT = "select count(*) " + FROM + "%s";
    private static final String PAGE = """
            select a.id, a.occurred_at, a.actor, a.action, a.customer_id, c.full_name as customer_name, a.reason,
                a.details
            """ + FROM + """
            %s
            order by a.occurred_at desc, a.id desc
            limit :limit offset :offset""";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One page of entries matching the filter; the days of {@code from} and {@code to} are those of the clock. A
     * scope limited to some locations sees only the entries about customers there, archived ones included.
     */
    @Transactional(readOnly = true)
    public ResultPage<AuditRow> page(AuditFilter filter, int number, LocationScope scope) {
        var params = scope.addTo(new MapSqlParameterSource())
                .addValue("limit", PAGE_SIZE)
                .addValue("offset", ResultPage.offset(number, PAGE_SIZE));
        String where = where(filter, params);
        if (scope.limited()) {
            where += " and exists (select 1 from customer s where s.id = a.customer_id"
                    + scope.condition("s.home_location_id") + ")";
        }

        long total = jdbc.sql(COUNT.formatted(where))
                .paramSource(params)
                .query(Long.class)
                .single();
        List<AuditRow> rows = jdbc.sql(PAGE.formatted(where))
                .paramSource(params)
                .query(AuditRow.class)
                .list();
        return new ResultPage<>(rows, number, PAGE_SIZE, total);
    }

    private String where(AuditFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        if (filter.actor() != null) {
            where.append(" and a.actor = :actor");
            params.addValue("actor", filter.actor());
        }
        if (filter.action() != null) {
            where.append(" and a.action = :action");
            params.addValue("action", filter.action().name());
        }
        if (filter.customerId() != null) {
            where.append(" and a.customer_id = :customer");
            params.addValue("customer", filter.customerId());
        }
        if (filter.from() != null) {
            where.append(" and a.occurred_at >= :from");
            params.addValue("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and a.occurred_at < :to");
            params.addValue("to", startOf(filter.to().plusDays(1)));
        }
        return where.toString();
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
