package app.nook.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.LifecycleJob;
import app.nook.customer.lifecycle.LifecycleJobs;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.Permission;
import app.nook.staff.Role;
import app.nook.support.IntegrationTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The list and its bulk endpoints through the whole web stack, on H2. */
@AutoConfigureMockMvc
class CustomerListWebTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CustomerLifecycle lifecycle;

    @Autowired
    LifecycleJobs jobs;

    long location;

    @BeforeEach
    void setUp() {
        location = data.location();
    }

    @Test
    void theActiveViewLeavesArchivedCustomersOutOfRowsAndTotals() throws Exception {
        data.customer(location, "kept@example.com");
        long archived = data.customer(location, "gone@example.com");
        lifecycle.archive(Selection.of(archived), "Moved", Actor.system());

        var active = mvc.perform(get("/customers").with(admin()))
                .andExpect(status().isOk())
                .andReturn();
        var archivedView = mvc.perform(
                        get("/customers").param("view", "ARCHIVED").with(admin()))
                .andReturn();

        assertThat(active.getResponse().getContentAsString())
                .contains("kept@example.com")
                .doesNotContain("gone@example.com")
                .contains("1 customer");
        assertThat(archivedView.getResponse().getContentAsString())
                .contains("gone@example.com")
                .contains("Moved");
    }

    @Test
    void hostileListParametersNeverCauseAServerError() throws Exception {
        for (String q : new String[] {"' or 1=1 --", "%_\\", "\u00fc\u00df\u4e2d", "x".repeat(5000), ""}) {
            int status = mvc.perform(get("/customers").param("q", q).with(admin()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status)
                    .as("status for %s", q.length() > 20 ? "a long query" : q)
                    .isIn(200, 400);
        }
        mvc.perform(get("/customers").param("sort", "id; drop table customer").with(admin()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/customers").param("size", "1000000").with(admin())).andExpect(status().isBadRequest());
        assertThat(data.count("select count(*) from location")).isEqualTo(1);
    }

    @Test
    void aBulkActionNeverReachesRowsTheViewHides() throws Exception {
        long shown = data.customer(location);
        long archivedMeanwhile = data.customer(location);
        lifecycle.archive(Selection.of(archivedMeanwhile), null, Actor.system());

        var response = mvc.perform(post("/customers/bulk")
                        .with(admin())
                        .with(csrf())
                        .param("action", "SUSPEND")
                        .param("scope", "ids")
                        .param("view", "ACTIVE")
                        .param("ids", String.valueOf(shown), String.valueOf(archivedMeanwhile)))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        String job = response.getResponse().getRedirectedUrl().replaceAll(".*/jobs/([^?]+).*", "$1");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jobs.find(job, Actor.system()).orElseThrow().status() != LifecycleJob.Status.RUNNING);
        assertThat(jobs.find(job, Actor.system()).orElseThrow().total()).isEqualTo(1);
        assertThat(data.customerState(shown).suspended()).isTrue();
        assertThat(data.auditEntries(archivedMeanwhile, "CUSTOMER_SUSPENDED")).isZero();
    }

    @Test
    void aStaffUserWithoutThePermissionIsRefusedAndNothingChanges() throws Exception {
        long customer = data.customer(location);

        mvc.perform(post("/customers/bulk")
                        .with(staff(Role.FRONT_DESK))
                        .with(csrf())
                        .param("action", "ARCHIVE")
                        .param("scope", "ids")
                        .param("ids", String.valueOf(customer)))
                .andExpect(status().isForbidden());

        assertThat(data.customerState(customer).archived()).isFalse();
    }

    @Test
    void aBulkActionWithoutTheCsrfTokenIsRefused() throws Exception {
        long customer = data.customer(location);

        mvc.perform(post("/customers/bulk")
                        .with(admin())
                        .param("action", "ARCHIVE")
                        .param("scope", "ids")
                        .param("ids", String.valueOf(customer)))
                .andExpect(status().isForbidden());

        assertThat(data.customerState(customer).archived()).isFalse();
    }

    @Test
    void theConfirmationCountsContractsAndSignedInCustomers() throws Exception {
        long plan = data.plan(location);
        long customer = data.customer(location);
        data.activeContract(customer, plan);
        data.activeContract(customer, plan);
        data.portalAccount(customer, true);
        data.portalSession(customer);

        mvc.perform(get("/customers/bulk/confirm")
                        .with(admin())
                        .param("action", "ARCHIVE")
                        .param("scope", "ids")
                        .param("ids", String.valueOf(customer)))
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("2 active contracts will be suspended")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "1 customer is signed in to the portal and will be signed out")));

        assertThat(data.customerState(customer).archived()).isFalse();
    }

    @Test
    void theCsvExportHoldsTheSelectionAndDefusesFormulas() throws Exception {
        data.customers()
                .create(data.profile(location, "=HYPERLINK(\"x\")", "formula@example.com", Set.of()), Actor.system());
        long archived = data.customer(location, "archived@example.com");
        lifecycle.archive(Selection.of(archived), null, Actor.system());

        String csv = mvc.perform(get("/customers/export.csv")
                        .with(admin())
                        .param("scope", "matching")
                        .param("view", "ACTIVE"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain("archived@example.com");
    }

    private static RequestPostProcessor admin() {
        return staff(Role.ADMINISTRATOR);
    }

    private static RequestPostProcessor staff(Role role) {
        String[] authorities = Actor.staff("someone@example.com", Set.of(role)).permissions().stream()
                .map(Permission::name)
                .toArray(String[]::new);
        return user("someone@example.com")
                .authorities(Arrays.stream(authorities)
                        .map(org.springframework.security.core.authority.SimpleGrantedAuthority::new)
                        .toList());
    }
}
