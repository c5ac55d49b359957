package app.nook.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.nook.api.ApiScope;
import app.nook.customer.Customers;
import app.nook.staff.Actor;
import app.nook.staff.Role;
import app.nook.support.ApiClient;
import app.nook.support.ApiClient.Response;
import app.nook.support.ApiTest;
import app.nook.support.WebClientSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A staff user limited to one location, signed in through the real form or holding a token, tries every path to
 * the customers of another location: pages with guessed ids, bulk actions by ids and by filter, export, search,
 * reports and the JSON API. Each is refused or leaves those customers out, and none of them changes.
 */
class LocationLimitHttpTests extends ApiTest {

    private static final String EMAIL = "limited@staff.example";

    @Autowired
    Customers customers;

    long here;
    long elsewhere;
    long ours;
    long theirs;
    long theirContract;
    long limitedUser;

    @BeforeEach
    void twoLocations() {
        here = location;
        elsewhere = data.location();
        ours = customers.create(data.profile(here, "Olga Ours", "olga@ours.example", Set.of("vip")), Actor.system());
        theirs = customers.create(
                data.profile(elsewhere, "Theo Theirs", "theo@theirs.example", Set.of("vip")), Actor.system());
        data.activeContract(ours, data.plan(here));
        theirContract = data.activeContract(theirs, data.plan(elsewhere));
        limitedUser = staffAccounts.create(EMAIL, "Limited", PASSWORD, Set.of(Role.MANAGER), Set.of(here));
    }

    @Test
    void pagesShowOnlyTheirLocationAndRefuseGuessedIds() {
        WebClientSession browser = signedIn();

        assertThat(browser.get("/customers?view=ALL").body())
                .contains("Olga Ours")
                .doesNotContain("Theo Theirs");
        assertThat(browser.get("/customers/" + theirs).statusCode()).isEqualTo(404);
        assertThat(browser.get("/customers/" + ours).statusCode()).isEqualTo(200);
        assertThat(browser.get("/search?q=Theo").body()).doesNotContain("Theo Theirs");
        assertThat(browser.get("/contracts").body()).contains("Olga Ours").doesNotContain("Theo Theirs");
        assertThat(browser.get("/customers/export.csv?scope=matching&view=ALL").body())
                .contains("Olga Ours")
                .doesNotContain("Theo Theirs");
        assertThat(browser.get("/reports?location=" + elsewhere).statusCode()).isEqualTo(403);
        assertThat(browser.get("/reports?location=" + here).statusCode()).isEqualTo(200);
        assertThat(browser.get("/settings/staff").statusCode()).isEqualTo(403);

        var archive = browser.submit("/customers/" + ours, "/customers/" + theirs + "/archive", "reason", "moved");
        assertThat(archive.statusCode()).isEqualTo(404);
        var edit = browser.submit(
                "/customers/" + ours,
                "/customers/" + theirs,
                "version",
                "0",
                "kind",
                "INDIVIDUAL",
                "fullName",
                "Taken Over",
                "email",
                "theo@theirs.example",
                "homeLocationId",
                Long.toString(here));
        assertThat(edit.statusCode()).isEqualTo(404);
        assertThat(data.customerState(theirs).archived()).isFalse();
        assertThat(customers.get(theirs).fullName()).isEqualTo("Theo Theirs");
    }

    @Test
    void bulkActionsByIdsOrByFilterNeverReachAnotherLocation() {
        WebClientSession browser = signedIn();

        var byIds = browser.submit(
                "/customers", "/customers/bulk", "action", "ARCHIVE", "ids", Long.toString(theirs), "view", "ALL");
        assertThat(byIds.statusCode()).isNotEqualTo(302);
        assertThat(data.customerState(theirs).archived()).isFalse();

        var byFilter = browser.submit(
                "/customers", "/customers/bulk", "action", "ARCHIVE", "scope", "matching", "view", "ALL", "tag", "vip");
        assertThat(byFilter.statusCode()).isEqualTo(302);
        awaitArchived(ours);
        assertThat(data.customerState(theirs).archived()).isFalse();
    }

    @Test
    void theApiAnswersGuessedIdsWithNotFoundAndFiltersWithTheirLocationOnly() {
        ApiClient api = ApiClient.bearer(port, secretOf(EMAIL, ApiScope.values()));

        assertThat(api.get("/api/v1/customers/" + theirs).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/contracts/" + theirContract).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/customers/" + theirs + "/archive", "{}").status())
                .isEqualTo(404);
        assertThat(api.put("/api/v1/customers/" + theirs, """
                                {"kind":"INDIVIDUAL","fullName":"Taken Over","email":"theo@theirs.example",
                                 "homeLocationId":%d,"version":0}""".formatted(here)).status())
                .isEqualTo(404);
        Response byIds = api.post("/api/v1/customers/archive", "{\"ids\":[%d,%d]}".formatted(ours, theirs));
        assertThat(byIds.status()).as(byIds.toString()).isEqualTo(422);
        assertThat(data.customerState(ours).archived()).isFalse();
        assertThat(data.customerState(theirs).archived()).isFalse();

        Response listed = api.get("/api/v1/customers?view=ALL");
        assertThat(listed.body()).contains("Olga Ours").doesNotContain("Theo Theirs");

        Response byFilter = api.post("/api/v1/customers/archive", "{\"filter\":{\"view\":\"ALL\",\"tag\":\"vip\"}}");
        assertThat(byFilter.status()).as(byFilter.toString()).isEqualTo(200);
        assertThat(data.customerState(ours).archived()).isTrue();
        assertThat(data.customerState(theirs).archived()).isFalse();
    }

    @Test
    void disablingOrChangingAStaffUserEndsTheirSessionsAtOnce() {
        WebClientSession browser = signedIn();
        assertThat(browser.get("/customers").statusCode()).isEqualTo(200);
        Actor admin = Actor.staff("admin@staff.example", Set.of(Role.ADMINISTRATOR));

        staffAccounts.change(limitedUser, Set.of(Role.FRONT_DESK), Set.of(here), admin);
        assertThat(redirectsToSignIn(browser.get("/customers"))).isTrue();

        WebClientSession again = signedIn();
        assertThat(again.get("/customers").statusCode()).isEqualTo(200);
        staffAccounts.setEnabled(limitedUser, false, admin);
        assertThat(redirectsToSignIn(again.get("/customers"))).isTrue();
        assertThat(redirectsToSignIn(new WebClientSession(port).signIn(EMAIL, PASSWORD)))
                .isTrue();
    }

    private WebClientSession signedIn() {
        WebClientSession browser = new WebClientSession(port);
        HttpResponse<String> signIn = browser.signIn(EMAIL, PASSWORD);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return browser;
    }

    private static boolean redirectsToSignIn(HttpResponse<String> response) {
        return response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").contains("/login");
    }

    private void awaitArchived(long customerId) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        assertThat(data.customerState(customerId).archived()).isTrue());
    }
}
