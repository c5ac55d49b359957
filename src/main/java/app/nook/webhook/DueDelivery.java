package app.nook.webhook;

import java.time.Instant;

/** An outbox row due for an attempt, with what its endpoint needs to receive it. */
record DueDelivery(
        long id,
        long endpointId,
        String url,
        String secret,
        String event,
        long customerId,
        Long contractId,
        String actor,
        String reason,
        Instant occurredAt,
        int attempts) {}
