package app.nook.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered, under {@code nook.webhooks.*}.
 *
 * @param pollInterval how often the delivery job looks for due deliveries
 * @param batchSize how many deliveries one run of the job sends at most
 * @param backoff the waits before each retry; the last one repeats
 * @param maxFailures after this many failed attempts in a row the endpoint is disabled
 * @param connectTimeout how long to wait for a receiver to accept the connection
 * @param requestTimeout how long to wait for a receiver's answer
 */
@ConfigurationProperties("nook.webhooks")
record WebhookProperties(
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("200") int batchSize,

        @DefaultValue({"10s", "1m", "5m", "30m", "2h", "6h", "12h", "24h"})
        List<Duration> backoff,

        @DefaultValue("8") int maxFailures,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration requestTimeout) {

    /** The wait after the given number of failed attempts of one delivery (1 for the first failure). */
    Duration backoffAfter(int failures) {
        return backoff.get(Math.min(failures, backoff.size()) - 1);
    }
}
