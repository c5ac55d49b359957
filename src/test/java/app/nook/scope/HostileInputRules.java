package app.nook.scope;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.api.ApiScope;
import app.nook.staff.Role;
import app.nook.support.ApiClient;
import app.nook.support.ApiTest;
import app.nook.support.WebClientSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every search box, filter, sort key and page number of the pages and the API, fed SQL metacharacters, quotes,
 * unicode, control characters, very long strings and empty values: each answers with a page or a clear refusal,
 * never a server error, and no record changes.
 */
abstract class HostileInputRules extends ApiTest {

    private static final List<String> HOSTILE = List.of(
            "' or 1=1 --",
            "\"; drop table customer; --",
            "%_\\",
            "Ünïcødé 中文 🙂",
            "tab\there\u0000nul",
            "x".repeat(5000),
            "",
            " ",
            "-1",
            "99999999999999999999",
            "2026-13",
            "../../etc/passwd");

    private static final Map<String, List<String>> PAGES = Map.of(
            "/customers", List.of("q", "view", "location", "plan", "tag", "sort", "page", "size"),
            "/search", List.of("q"),
            "/contracts", List.of("status", "location", "page"),
            "/invoices", List.of("status", "month", "page"),
            "/audit", List.of("actor", "action", "customer", "from", "to", "page"),
            "/reports", List.of("location", "from", "to"),
            "/contracts/customer-options", List.of("customerQuery"));

    private static final Map<String, List<String>> API = Map.of(
            "/api/v1/customers", List.of("view", "q", "location", "plan", "tag", "sort", "page", "size"),
            "/api/v1/contracts", List.of("status", "page"),
            "/api/v1/invoices", List.of("page"));

    String administrator;
    long customers;

    @BeforeEach
    void someData() {
        data.customer(location);
        data.activeContract(data.customer(location), data.plan(location));
        administrator = staff(Role.ADMINISTRATOR);
        customers = data.count("select count(*) from customer");
    }

    @Test
    void pagesAnswerHostileParametersWithoutAServerError() {
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(administrator, PASSWORD);

        everyHostileUrl(PAGES, url -> browser.get(url).statusCode());
        var unreadable = browser.get("/customers?view=everyone");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("The value of view is not valid").contains("<html");
        assertUnchanged();
    }

    @Test
    void theApiAnswersHostileParametersWithoutAServerError() {
        ApiClient api = ApiClient.bearer(port, secretOf(administrator, ApiScope.values()));

        everyHostileUrl(API, url -> api.get(url).status());
        for (String value : HOSTILE) {
            String body = "{\"filter\":{\"view\":\"ARCHIVED\",\"q\":\"%s\",\"tag\":\"%s\"}}"
                    .formatted(json(value), json(value));
            assertThat(api.post("/api/v1/customers/suspend", body).status())
                    .as("a bulk filter with %s", describe("q", value))
                    .isLessThan(500);
        }
        assertThat(api.post("/api/v1/customers/archive", "{\"ids\":[\"1; drop\"]}")
                        .status())
                .isLessThan(500);
        assertThat(api.post("/api/v1/customers", "not json at all").status()).isLessThan(500);
        assertThat(api.get("/api/v1/customers?q=%C3%28").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/invoices?page=%FF%FE").status()).isEqualTo(400);
        assertUnchanged();
    }

    @Test
    void controlCharactersInSavedTextAreDroppedWhereverTheyComeFrom() {
        ApiClient api = ApiClient.bearer(port, secretOf(administrator, ApiScope.values()));
        String json = """
                {"kind":"INDIVIDUAL","fullName":"Nul\\u0000Byte\\u0007","email":"nul@example.com",
                 "notes":"line one\\nline two\\u0000","homeLocationId":%d,"tags":["a\\u0000b"]}""".formatted(location);

        var created = api.post("/api/v1/customers", json);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("fullName").asString()).isEqualTo("NulByte");
        long id = created.json().get("id").asLong();
        assertThat(data.count("select count(*) from customer where id = ? and notes = ?", id, "line one\nline two"))
                .isEqualTo(1);

        WebClientSession browser = new WebClientSession(port);
        browser.signIn(administrator, PASSWORD);
        var located = browser.submit(
                "/settings/locations",
                "/settings/locations",
                "name",
                "Nul\u0000Hall",
                "city",
                "Berlin",
                "address",
                "Street 1",
                "timeZone",
                "Europe/Berlin");
        assertThat(located.statusCode()).isLessThan(500);
        assertThat(data.count("select count(*) from location where name = 'NulHall'"))
                .isEqualTo(1);
    }

    @Test
    void aFilterMadeOnlyOfControlCharactersIsRefusedInsteadOfMatchingEveryone() {
        ApiClient api = ApiClient.bearer(port, secretOf(administrator, ApiScope.values()));

        var bulk = api.post("/api/v1/customers/suspend", "{\"filter\":{\"view\":\"ACTIVE\",\"tag\":\"\\u0001\"}}");
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(400);
        assertThat(api.post("/api/v1/customers/suspend", "{\"filter\":{\"view\":\"ACTIVE\",\"q\":\" \\u0000\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/customers?q=%00").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/customers?tag=%01%20").status()).isEqualTo(400);

        WebClientSession browser = new WebClientSession(port);
        browser.signIn(administrator, PASSWORD);
        assertThat(browser.get("/customers?tag=%01").statusCode()).isEqualTo(400);
        assertThat(browser.submit(
                                "/customers",
                                "/customers/bulk",
                                "action",
                                "SUSPEND",
                                "scope",
                                "matching",
                                "view",
                                "ACTIVE",
                                "tag",
                                "\u0001")
                        .statusCode())
                .isEqualTo(400);
        assertThat(browser.get("/customers?q=tab%09here").statusCode()).isEqualTo(200);
        assertUnchanged();
    }

    /** Requests every path with every hostile value in each of its parameters, and expects no server error. */
    private static void everyHostileUrl(Map<String, List<String>> paths, ToIntFunction<String> statusOf) {
        paths.forEach((path, parameters) -> {
            for (String parameter : parameters) {
                for (String value : HOSTILE) {
                    assertThat(statusOf.applyAsInt(path + "?" + parameter + "=" + encode(value)))
                            .as("%s with %s", path, describe(parameter, value))
                            .isLessThan(500);
                }
            }
        });
    }

    private void assertUnchanged() {
        assertThat(data.count("select count(*) from customer")).isEqualTo(customers);
        assertThat(data.count("select count(*) from customer where archived_at is not null or suspended"))
                .isZero();
    }

    private static String describe(String parameter, String value) {
        return parameter + "=" + (value.length() > 30 ? "a " + value.length() + "-character value" : value);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String json(String value) {
        StringBuilder escaped = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append("\\u%04x".formatted((int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
