package app.nook.scope;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.api.ApiScope;
import app.nook.customer.Customers;
import app.nook.staff.Actor;
import app.nook.staff.Role;
import app.nook.support.ApiClient;
import app.nook.support.ApiTest;
import app.nook.support.WebClientSession;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A front desk user, who may edit customers but not archive, suspend, erase or bill them, tries each of those by
 * every path: the record's buttons, a bulk action by ids and by filter, and the JSON API. All answer 403 and the
 * customer stays as it was.
 */
class PermissionHttpTests extends ApiTest {

    @Autowired
    Customers customers;

    long customer;
    String frontDesk;

    @BeforeEach
    void aCustomerAndAFrontDeskUser() {
        customer = customers.create(
                data.profile(location, "Cora Customer", "cora@example.com", Set.of("vip")), Actor.system());
        data.activeContract(customer, data.plan(location));
        frontDesk = staff(Role.FRONT_DESK);
    }

    @Test
    void pagesRefuseWhatTheRoleLacks() {
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(frontDesk, PASSWORD);
        String record = "/customers/" + customer;

        assertThat(browser.submit(record, record + "/archive", "reason", "x").statusCode())
                .isEqualTo(403);
        assertThat(browser.submit(record, record + "/suspend", "reason", "x").statusCode())
                .isEqualTo(403);
        assertThat(browser.submit(record, record + "/erase", "confirmName", "Cora Customer")
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.submit(record, record + "/erase", "confirmName", "Someone Else")
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.submit(
                                "/customers",
                                "/customers/bulk",
                                "action",
                                "ARCHIVE",
                                "scope",
                                "matching",
                                "view",
                                "ALL")
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.get("/customers/bulk/confirm?action=ARCHIVE&scope=matching&view=ALL")
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.get("/customers?view=ALL").body())
                .contains("data-action=\"GRANT_PORTAL_ACCESS\"")
                .doesNotContain("data-action=\"ARCHIVE\"")
                .doesNotContain("data-action=\"RESTORE\"")
                .doesNotContain("data-action=\"SUSPEND\"");
        assertThat(browser.get("/").body())
                .contains("data-figure=\"dashboard.members\"")
                .doesNotContain("data-figure=\"dashboard.mrr\"")
                .doesNotContain("data-figure=\"dashboard.invoiced\"");
        assertThat(browser.get("/customers").body())
                .contains("href=\"/contracts\"")
                .doesNotContain("href=\"/reports\"")
                .doesNotContain("href=\"/invoices\"");
        assertThat(browser.get("/reports").statusCode()).isEqualTo(403);
        assertThat(browser.get("/invoices").statusCode()).isEqualTo(403);
        assertThat(browser.get("/billing").statusCode()).isEqualTo(403);
        assertThat(browser.submit("/customers", "/billing/run").statusCode()).isEqualTo(403);

        assertThat(data.customerState(customer).archived()).isFalse();
        assertThat(data.customerState(customer).suspended()).isFalse();
        assertThat(customers.get(customer).erased()).isFalse();
        assertThat(data.count("select count(*) from billing_run")).isZero();
    }

    @Test
    void whoMayTakeTheActionsAndOpenTheReportsIsOfferedThem() {
        WebClientSession browser = new WebClientSession(port);
        browser.signIn(staff(Role.MANAGER), PASSWORD);

        assertThat(browser.get("/customers?view=ALL").body())
                .contains("data-action=\"ARCHIVE\"")
                .contains("data-action=\"RESTORE\"");
        assertThat(browser.get("/customers/bulk/confirm?action=ARCHIVE&scope=matching&view=ALL")
                        .statusCode())
                .isEqualTo(200);
        assertThat(browser.get("/").body())
                .contains("data-figure=\"dashboard.mrr\"")
                .contains("data-figure=\"dashboard.invoiced\"");
    }

    @Test
    void theApiRefusesWhatTheRoleLacksWhateverTheTokensScopes() {
        ApiClient api = ApiClient.bearer(port, secretOf(frontDesk, ApiScope.values()));

        assertThat(api.post("/api/v1/customers/" + customer + "/archive", "{}").status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/customers/archive", "{\"filter\":{\"view\":\"ALL\"}}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/customers/suspend", "{\"ids\":[%d]}".formatted(customer))
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/api/v1/customers/" + customer).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/invoices").status()).isEqualTo(403);

        assertThat(data.customerState(customer).archived()).isFalse();
        assertThat(data.customerState(customer).suspended()).isFalse();
        assertThat(customers.get(customer).erased()).isFalse();
    }
}
