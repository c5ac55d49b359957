package app.nook.audit;

import app.nook.staff.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and reads the audit log. Writes join the caller's transaction, so an entry exists exactly when the
 * change it records does.
 */
@Service
public class AuditLog {

    private static final String INSERT = """
            insert into audit_entry (occurred_at, actor, action, customer_id, reason, details)
            values (?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    AuditLog(JdbcTemplate jdbcTemplate, JdbcClient jdbc) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
    }

    /** Records one entry about one customer. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Actor actor, AuditAction action, long customerId, String reason, String details, Instant at) {
        jdbcTemplate.update(INSERT, Timestamp.from(at), actor.name(), action.name(), customerId, reason, details);
    }

    /** Records the same entry for each of many customers, in batches rather than one statement each. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordEach(Actor actor, AuditAction action, Collection<Long> customerIds, String reason, Instant at) {
        Timestamp timestamp = Timestamp.from(at);
        jdbcTemplate.batchUpdate(INSERT, customerIds, 500, (statement, customerId) -> {
            statement.setTimestamp(1, timestamp);
            statement.setString(2, actor.name());
            statement.setString(3, action.name());
            statement.setLong(4, customerId);
            statement.setString(5, reason);
            statement.setString(6, null);
        });
    }

    /** The history of one customer, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofCustomer(long customerId) {
        String sql = """
                select id, occurred_at, actor, action, customer_id, reason, details
                from audit_entry where customer_id = ? order by occurred_at desc, id desc""";
        return jdbc.sql(sql).param(customerId).query(AuditEntry.class).list();
    }
}
