package app.nook.webhook;

import java.time.Instant;

/** One event about one customer (and maybe one of their contracts), before it is fanned out to endpoints. */
record OutboxEntry(
        WebhookEvent event, long customerId, Long contractId, String actor, String reason, Instant occurredAt) {}
