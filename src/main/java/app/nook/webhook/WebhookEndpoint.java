package app.nook.webhook;

import java.time.Instant;
import java.util.List;

/** A registered endpoint as the settings pages show it. */
public record WebhookEndpoint(
        long id,
        String url,
        String secret,
        List<String> events,
        boolean enabled,
        int consecutiveFailures,
        long pending,
        Instant createdAt) {}
