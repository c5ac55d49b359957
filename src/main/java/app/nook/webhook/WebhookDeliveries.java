package app.nook.webhook;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends due outbox rows. A row counts as delivered only after a 2xx answer; any other outcome schedules a retry with
 * back-off, and an endpoint that keeps failing is disabled. Each outcome is saved in its own short transaction, never
 * around the HTTP call.
 */
@Service
public class WebhookDeliveries {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);

    private final DeliveryStore store;
    private final WebhookSender sender;
    private final WebhookProperties properties;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    WebhookDeliveries(
            DeliveryStore store,
            WebhookSender sender,
            WebhookProperties properties,
            TransactionTemplate transactions,
            JsonMapper json,
            Clock clock) {
        this.store = store;
        this.sender = sender;
        this.properties = properties;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** Attempts every delivery that is due now, up to the batch size; answers how many were attempted. */
    public int deliverDue() {
        List<DueDelivery> due = store.due(clock.instant(), properties.batchSize());
        for (DueDelivery delivery : due) {
            attempt(delivery);
        }
        if (!due.isEmpty()) {
            log.debug("Attempted {} webhook deliveries", due.size());
        }
        return due.size();
    }

    private void attempt(DueDelivery delivery) {
        String body = payload(delivery);
        Instant now = clock.instant();
        Integer status = null;
        String error = null;
        try {
            status = sender.send(delivery, body, now);
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }

        record(delivery, now, status, error);
    }

    private void record(DueDelivery delivery, Instant now, Integer status, String error) {
        boolean delivered = status != null && status >= 200 && status < 300;
        String shortError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        transactions.executeWithoutResult(tx -> {
            store.recordAttempt(delivery.id(), now, status, shortError);
            if (delivered) {
                store.markDelivered(delivery, now);
                return;
            }
            Instant next = now.plus(properties.backoffAfter(delivery.attempts() + 1));
            int failures = store.markFailed(delivery, next);
            if (failures >= properties.maxFailures()) {
                store.disable(delivery.endpointId());
                log.warn(
                        "Disabled webhook endpoint {} after {} failed deliveries in a row",
                        delivery.endpointId(),
                        failures);
            }
        });
    }

    String payload(DueDelivery delivery) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("customerId", delivery.customerId());
        if (delivery.contractId() != null) {
            data.put("contractId", delivery.contractId());
        }
        data.put("actor", delivery.actor());
        data.put("reason", delivery.reason());

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", delivery.id());
        body.put("event", delivery.event());
        body.put(
                "occurredAt",
                delivery.occurredAt().truncatedTo(ChronoUnit.MILLIS).toString());
        body.put("data", data);
        return json.writeValueAsString(body);
    }
}
