package app.nook.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client that talks to a running Nook over real HTTP, as a browser without scripts would. */
public final class WebClientSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient client;

    public WebClientSession(int port) {
        this(
                "http://localhost:" + port,
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build());
    }

    private WebClientSession(String baseUrl, HttpClient client) {
        this.baseUrl = baseUrl;
        this.client = client;
    }

    /** The same browser, cookies and all, talking to another instance: as behind a load balancer. */
    public WebClientSession onPort(int port) {
        return new WebClientSession("http://localhost:" + port, client);
    }

    /** Posts a form with the CSRF token taken from the page at {@code formPage}, as a browser would. */
    public HttpResponse<String> post(String path, String formPage, Map<String, String> fields) {
        StringBuilder form =
                new StringBuilder("_csrf=" + encode(csrfOf(get(formPage).body())));
        fields.forEach((name, value) ->
                form.append('&').append(encode(name)).append('=').append(encode(value)));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build());
    }

    /** Signs in through the members portal's form. */
    public HttpResponse<String> signInToPortal(String email, String password) {
        return post("/portal/login", "/portal/login", Map.of("username", email, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
    }

    /** Fills in the staff sign-in form and answers the response to posting it. */
    public HttpResponse<String> signIn(String email, String password) {
        String csrf = csrfOf(get("/login").body());
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /**
     * Posts a form as a page would: takes the CSRF token from the page at {@code pagePath}, then posts the fields,
     * given as name, value pairs (a name may repeat), to {@code actionPath}.
     */
    public HttpResponse<String> submit(String pagePath, String actionPath, String... fields) {
        StringBuilder form =
                new StringBuilder("_csrf=").append(encode(csrfOf(get(pagePath).body())));
        for (int i = 0; i < fields.length; i += 2) {
            form.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl + actionPath))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrfOf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("The page has no CSRF token");
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
