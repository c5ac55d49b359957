package app.nook.webhook;

import java.time.Instant;

/** One attempt to deliver an event, as the delivery log shows it; status code is null when no answer came. */
public record DeliveryAttempt(
        long deliveryId, String event, long customerId, Instant attemptedAt, Integer statusCode, String error) {}
