package app.nook.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.support.ApiClient;
import app.nook.support.ApiClient.Response;
import app.nook.support.ApiTest;
import app.nook.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** A token that sends more requests a minute than allowed is answered 429 until its bucket refills. */
@OnPostgres
@TestPropertySource(properties = "nook.api.rate-limit-per-minute=3")
class RateLimitPostgresIntegrationTests extends ApiTest {

    @Test
    void requestsBeyondTheLimitAreAnsweredTooManyWithRetryAfter() {
        ApiClient client = admin();
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/api/v1/plans").status()).isEqualTo(200);
        }

        Response refused = client.get("/api/v1/plans");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("rate-limited");
    }

    @Test
    void eachTokenHasItsOwnLimit() {
        ApiClient busy = admin();
        for (int i = 0; i < 4; i++) {
            busy.get("/api/v1/plans");
        }

        Response other = admin().get("/api/v1/plans");

        assertThat(other.status()).isEqualTo(200);
    }
}
