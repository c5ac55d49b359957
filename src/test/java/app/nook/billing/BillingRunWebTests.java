package app.nook.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.nook.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The billing page's button, through the whole web stack and the database-backed session. */
@AutoConfigureMockMvc
class BillingRunWebTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void runningBillingFromThePageShowsWhatItDid() throws Exception {
        long location = data.location();
        long customer = data.customer(location);
        data.contract(customer, data.plan(location), LocalDate.now().minusMonths(1), 1, null);
        var session = new MockHttpSession();

        mvc.perform(post("/billing/run")
                        .session(session)
                        .with(csrf())
                        .with(user("admin@example.com").authorities(() -> "MANAGE_BILLING")))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/billing")
                        .session(session)
                        .with(user("admin@example.com").authorities(() -> "MANAGE_BILLING")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("<td>" + LocalDate.now() + "</td>");
        assertThat(data.count("select count(*) from invoice where customer_id = ?", customer))
                .isPositive();
    }
}
