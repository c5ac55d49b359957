package app.nook.webhook;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes outbox rows, one per subscribed endpoint and entry, in batches. */
@Repository
class OutboxStore {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a row for every enabled endpoint that subscribes to each entry's event; writes nothing otherwise. */
    void write(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Map<Long, Set<String>> endpoints = subscriptions();
        if (endpoints.isEmpty()) {
            return;
        }

        List<Object[]> rows = new ArrayList<>();
        endpoints.forEach((endpointId, events) -> entries.stream()
                .filter(entry -> events.contains(entry.event().wireName()))
                .forEach(entry -> rows.add(row(endpointId, entry))));
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate("""
                    insert into webhook_delivery (endpoint_id, event, customer_id, contract_id, actor, reason,
                        occurred_at, next_attempt_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private Map<Long, Set<String>> subscriptions() {
        return jdbc
                .query(
                        "select id, events from webhook_endpoint where enabled",
                        (rs, row) -> Map.entry(
                                rs.getLong("id"),
                                Set.copyOf(Arrays.asList(rs.getString("events").split(",")))))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Object[] row(long endpointId, OutboxEntry entry) {
        Timestamp at = Timestamp.from(entry.occurredAt());
        return new Object[] {
            endpointId,
            entry.event().wireName(),
            entry.customerId(),
            entry.contractId(),
            entry.actor(),
            entry.reason(),
            at,
            at
        };
    }
}
