package app.nook.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.Permission;
import app.nook.support.IntegrationTest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The search, plans, contracts, invoices and audit pages answer staff, and never fail on hostile input. */
@AutoConfigureMockMvc
class OperationsPagesWebTests extends IntegrationTest {

    static final List<String> HOSTILE = List.of(
            "%",
            "_",
            "\\",
            "'",
            "\"",
            "' or 1=1 --",
            "<script>alert(1)</script>",
            "\u0000",
            "zoë 😀",
            "%%__%%",
            "a".repeat(201),
            "x".repeat(5000),
            "2025-13-45",
            "-1",
            "99999999999999999999999");

    @Autowired
    MockMvc mvc;

    @Autowired
    CustomerLifecycle lifecycle;

    long location;
    long plan;

    @BeforeEach
    void setUpLocationAndPlan() {
        location = data.location();
        plan = data.plan(location);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/search",
                "/search?q=customer",
                "/plans",
                "/contracts",
                "/contracts/new",
                "/contracts/customer-options?customerQuery=customer",
                "/invoices",
                "/audit"
            })
    void everyPageRendersForAnAdministrator(String path) throws Exception {
        data.activeContract(data.customer(location), plan);

        mvc.perform(get(path).with(admin())).andExpect(status().isOk());
    }

    @Test
    void hostileQueryStringsNeverFail() throws Exception {
        for (String value : HOSTILE) {
            for (String path : List.of("/search?q=", "/contracts/customer-options?customerQuery=")) {
                expectNoServerError(get(path + "{v}", value));
            }
            for (String parameter : List.of("status", "location", "page")) {
                expectNoServerError(get("/contracts?" + parameter + "={v}", value));
            }
            for (String parameter : List.of("status", "month", "page")) {
                expectNoServerError(get("/invoices?" + parameter + "={v}", value));
            }
            for (String parameter : List.of("actor", "action", "customer", "from", "to", "page")) {
                expectNoServerError(get("/audit?" + parameter + "={v}", value));
            }
        }
    }

    @Test
    void searchMarksArchivedCustomers() throws Exception {
        long customer = data.customer(location, "hidden-person@example.com");
        lifecycle.archive(Selection.of(customer), "Left", Actor.system());

        mvc.perform(get("/search").param("q", "hidden-person").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"archived-badge\"")))
                .andExpect(content().string(Matchers.containsString("/customers/" + customer)));
    }

    @Test
    void anEmptySearchPromptsAndAnOverlongOneSaysWhy() throws Exception {
        mvc.perform(get("/search").param("q", "").with(admin()))
                .andExpect(content().string(Matchers.containsString("Type a name, email, company")));

        mvc.perform(get("/search").param("q", "a".repeat(201)).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("at most 200 characters")));
    }

    @Test
    void unreadableFiltersAreExplained() throws Exception {
        mvc.perform(get("/audit").param("from", "yesterday").with(admin()))
                .andExpect(content().string(Matchers.containsString("The start date must look like 2025-03-31")));
        mvc.perform(get("/audit").param("action", "DROP_TABLE").with(admin()))
                .andExpect(content().string(Matchers.containsString("That action is unknown")));
        mvc.perform(get("/invoices").param("month", "2025-13").with(admin()))
                .andExpect(content().string(Matchers.containsString("The month must look like 2025-03")));
        mvc.perform(get("/contracts").param("status", "DELETED").with(admin()))
                .andExpect(content().string(Matchers.containsString("That contract status is unknown")));
    }

    @Test
    void postingAContractForAnArchivedCustomerShowsTheFieldError() throws Exception {
        long archived = data.customer(location);
        lifecycle.archive(Selection.of(archived), "Left", Actor.system());

        mvc.perform(contractPost(String.valueOf(archived)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"customer-error\"")))
                .andExpect(content().string(Matchers.containsString("Choose a customer who is not archived")));

        assertThat(data.count("select count(*) from contract")).isZero();
    }

    @Test
    void postingAnUnreadableOrUnknownCustomerNeverFails() throws Exception {
        mvc.perform(contractPost("abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose a customer from the list")));
        mvc.perform(contractPost("987654321"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose a customer who is not archived")));

        assertThat(data.count("select count(*) from contract")).isZero();
    }

    @Test
    void postingAContractForALiveCustomerCreatesIt() throws Exception {
        long customer = data.customer(location);

        mvc.perform(contractPost(String.valueOf(customer))).andExpect(redirectedUrl("/contracts"));

        assertThat(data.count("select count(*) from contract where customer_id = ?", customer))
                .isEqualTo(1);
    }

    @Test
    void staffWithoutBillingRightsCannotSeeInvoicesOrSellContracts() throws Exception {
        var frontDesk = user("desk@example.com").authorities(new SimpleGrantedAuthority("VIEW_CUSTOMERS"));

        mvc.perform(get("/invoices").with(frontDesk)).andExpect(status().isForbidden());
        mvc.perform(get("/contracts/new").with(frontDesk)).andExpect(status().isForbidden());
        mvc.perform(get("/contracts").with(frontDesk)).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder contractPost(String customerId) {
        return post("/contracts/new")
                .with(admin())
                .with(csrf())
                .param("customerId", customerId)
                .param("planId", String.valueOf(plan))
                .param("startDate", LocalDate.now().toString())
                .param("billingDay", "1")
                .param("quantity", "1");
    }

    private void expectNoServerError(MockHttpServletRequestBuilder request) throws Exception {
        int status =
                mvc.perform(request.with(admin())).andReturn().getResponse().getStatus();
        assertThat(status).as(request.buildRequest(null).getRequestURI()).isLessThan(500);
    }

    private static RequestPostProcessor admin() {
        return user("admin@example.com")
                .authorities(Arrays.stream(Permission.values())
                        .map(permission -> new SimpleGrantedAuthority(permission.name()))
                        .toList());
    }
}
