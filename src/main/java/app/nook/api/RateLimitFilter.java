package app.nook.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each token to a number of requests per minute, refilled gradually, answering 429 with {@code Retry-After}
 * beyond it. Buckets live in this instance's memory: behind a load balancer each instance counts on its own.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final ProblemResponses problems;

    RateLimitFilter(int perMinute, ProblemResponses problems) {
        this.perMinute = perMinute;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (!(authentication instanceof ApiTokenAuthentication token)) {
            chain.doFilter(request, response);
            return;
        }

        ConsumptionProbe probe =
                buckets.computeIfAbsent(token.tokenId(), id -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }

        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
        response.setHeader("Retry-After", String.valueOf(seconds));
        problems.write(
                response,
                ApiProblems.problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "rate-limited",
                        "This token made more than %d requests in a minute; retry after %d seconds"
                                .formatted(perMinute, seconds)));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build())
                .build();
    }
}
