package app.nook.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The webhook endpoints table and the delivery log read from it. */
@Repository
class EndpointStore {

    private static final String ENDPOINT = """
            select e.id, e.url, e.secret, e.events, e.enabled, e.consecutive_failures, e.created_at,
                (select count(*) from webhook_delivery d where d.endpoint_id = e.id and d.status = 'PENDING')
                    as pending
            from webhook_endpoint e""";

    private final JdbcClient jdbc;

    EndpointStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String url, String secret, String events, String actor, Instant now) {
        var keys = new GeneratedKeyHolder();
        String sql = """
                insert into webhook_endpoint (url, secret, events, created_by, created_at)
                values (?, ?, ?, ?, ?)""";
        jdbc.sql(sql).params(url, secret, events, actor, Timestamp.from(now)).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    List<WebhookEndpoint> all() {
        return jdbc.sql(ENDPOINT + " order by e.id")
                .query(EndpointStore::endpoint)
                .list();
    }

    Optional<WebhookEndpoint> find(long id) {
        return jdbc.sql(ENDPOINT + " where e.id = ?")
                .param(id)
                .query(EndpointStore::endpoint)
                .optional();
    }

    /** Enables or disables an endpoint; enabling starts its count of failures afresh. */
    int setEnabled(long id, boolean enabled) {
        return jdbc.sql("update webhook_endpoint set enabled = ?, consecutive_failures = 0 where id = ?")
                .params(enabled, id)
                .update();
    }

    int delete(long id) {
        return jdbc.sql("delete from webhook_endpoint where id = ?").param(id).update();
    }

    List<DeliveryAttempt> attempts(long endpointId, int limit) {
        return jdbc.sql("""
                        select d.id, d.event, d.customer_id, a.attempted_at, a.status_code, a.error
                        from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id
                        where d.endpoint_id = ?
                        order by a.id desc
                        limit ?""")
                .params(endpointId, limit)
                .query((rs, row) -> new DeliveryAttempt(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant(),
                        (Integer) rs.getObject(5, Integer.class),
                        rs.getString(6)))
                .list();
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
        return new WebhookEndpoint(
                rs.getLong("id"),
                rs.getString("url"),
                rs.getString("secret"),
                Arrays.asList(rs.getString("events").split(",")),
                rs.getBoolean("enabled"),
                rs.getInt("consecutive_failures"),
                rs.getLong("pending"),
                rs.getTimestamp("created_at").toInstant());
    }
}
