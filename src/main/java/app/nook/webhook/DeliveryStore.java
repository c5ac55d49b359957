package app.nook.webhook;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads due outbox rows and records the outcome of each attempt. */
@Repository
class DeliveryStore {

    private final JdbcClient jdbc;

    DeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The oldest pending deliveries whose time has come, to enabled endpoints only. */
    List<DueDelivery> due(Instant now, int limit) {
        return jdbc.sql("""
                        select d.id, d.endpoint_id, e.url, e.secret, d.event, d.customer_id, d.contract_id, d.actor,
                            d.reason, d.occurred_at, d.attempts
                        from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                        where d.status = 'PENDING' and d.next_attempt_at <= ? and e.enabled
                        order by d.next_attempt_at, d.id
                        limit ?""")
                .params(Timestamp.from(now), limit)
                .query((rs, row) -> new DueDelivery(
                        rs.getLong("id"),
                        rs.getLong("endpoint_id"),
                        rs.getString("url"),
                        rs.getString("secret"),
                        rs.getString("event"),
                        rs.getLong("customer_id"),
                        (Long) rs.getObject("contract_id", Long.class),
                        rs.getString("actor"),
                        rs.getString("reason"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getInt("attempts")))
                .list();
    }

    void recordAttempt(long deliveryId, Instant at, Integer statusCode, String error) {
        jdbc.sql("""
                        insert into webhook_attempt (delivery_id, attempted_at, status_code, error)
                        values (?, ?, ?, ?)""").params(deliveryId, Timestamp.from(at), statusCode, error).update();
    }

    void markDelivered(DueDelivery delivery, Instant at) {
        jdbc.sql("""
                        update webhook_delivery set status = 'DELIVERED', delivered_at = ?, attempts = attempts + 1
                        where id = ?""").params(Timestamp.from(at), delivery.id()).update();
        jdbc.sql("update webhook_endpoint set consecutive_failures = 0 where id = ?")
                .param(delivery.endpointId())
                .update();
    }

    /** Schedules the next attempt and answers the endpoint's failures in a row, this one included. */
    int markFailed(DueDelivery delivery, Instant nextAttempt) {
        jdbc.sql("update webhook_delivery set attempts = attempts + 1, next_attempt_at = ? where id = ?")
                .params(Timestamp.from(nextAttempt), delivery.id())
                .update();
        jdbc.sql("update webhook_endpoint set consecutive_failures = consecutive_failures + 1 where id = ?")
                .param(delivery.endpointId())
                .update();
        return jdbc.sql("select consecutive_failures from webhook_endpoint where id = ?")
                .param(delivery.endpointId())
                .query(Integer.class)
                .single();
    }

    void disable(long endpointId) {
        jdbc.sql("update webhook_endpoint set enabled = false where id = ?")
                .param(endpointId)
                .update();
    }
}
