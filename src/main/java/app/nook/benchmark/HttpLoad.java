package app.nook.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads one address of a running Nook from several client threads at once: a page as a staff user signed in through
 * the sign-in form, or the JSON API with a bearer token.
 */
final class HttpLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;
    private String bearerToken;

    HttpLoad(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in through the staff sign-in form; the session cookie then goes with every request. */
    void signIn(String email, String password) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get("/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in page holds no CSRF token");
        }
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        client.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (get("/customers").statusCode() != 200) {
            throw new IllegalStateException("Signing in to the list page failed");
        }
    }

    /** Sends the given API token with every request from now on. */
    void useToken(String secret) {
        this.bearerToken = secret;
    }

    /** Requests the path from each thread for the given time; the result holds every latency. */
    LoadResult run(String path, int threads, Duration duration) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> requestUntil(path, end)));
            }
            List<Double> latencies = new ArrayList<>();
            for (Future<List<Double>> future : futures) {
                latencies.addAll(future.get());
            }
            return new LoadResult(path, threads, duration, latencies);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Double> requestUntil(String path, long end) throws IOException, InterruptedException {
        List<Double> latencies = new ArrayList<>();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            int status = get(path).statusCode();
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status + ", not 200");
            }
            latencies.add((System.nanoTime() - start) / 1e6);
        }
        return latencies;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What a load run measured. */
    record LoadResult(String path, int threads, Duration duration, List<Double> latencies) {

        double requestsPerSecond() {
            return latencies.size() / (duration.toMillis() / 1000.0);
        }

        Measurement measurement() {
            return Measurement.of(
                    latencies.stream().mapToDouble(Double::doubleValue).toArray());
        }

        String line() {
            return String.format(
                    Locale.ROOT,
                    "HTTP `GET %s`, %d client threads for %d s: %.1f requests/s, median %.1f ms, p95 %.1f ms",
                    path,
                    threads,
                    duration.toSeconds(),
                    requestsPerSecond(),
                    measurement().median(),
                    measurement().p95());
        }
    }
}
