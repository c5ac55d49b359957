package app.nook.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The new-customer form, and what it offers when the email belongs to an archived customer. */
class NewCustomerWebTests extends RecordWebTest {

    @Test
    void theFormOffersEveryLocation() throws Exception {
        var page = mvc.perform(get("/customers/new").with(staff()));

        page.andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + location + "\"")))
                .andExpect(content().string(containsString("for=\"fullName\"")));
    }

    @Test
    void creatingACustomerOpensTheirRecord() throws Exception {
        var response = mvc.perform(create("grace@example.com"));

        response.andExpect(redirectedUrlPattern("/customers/*"));
        assertThat(data.count("select count(*) from customer where email = ?", "grace@example.com"))
                .isEqualTo(1);
    }

    @Test
    void anArchivedCustomersEmailNamesThatRecordAndCreatesNothing() throws Exception {
        long archived = data.customer(location, "grace@example.com");
        String name = customers.get(archived).fullName();
        lifecycle.archive(Selection.of(archived), null, Actor.system());

        var response = mvc.perform(create("grace@example.com"));

        response.andExpect(status().isConflict())
                .andExpect(content()
                        .string(containsString(
                                "This email belongs to " + name + " (#" + archived + "), an archived customer.")))
                .andExpect(content().string(containsString("href=\"/customers/" + archived + "\"")))
                .andExpect(content().string(containsString("action=\"/customers/" + archived + "/restore\"")))
                .andExpect(content().string(containsString("name=\"anyway\" value=\"true\"")))
                .andExpect(content().string(containsString("value=\"Grace Hopper\"")));
        assertThat(data.count("select count(*) from customer")).isEqualTo(1);
    }

    @Test
    void creatingANewRecordAnywayKeepsTheArchivedOneAsItIs() throws Exception {
        long archived = data.customer(location, "grace@example.com");
        lifecycle.archive(Selection.of(archived), null, Actor.system());

        var response = mvc.perform(create("grace@example.com").param("anyway", "true"));

        response.andExpect(redirectedUrlPattern("/customers/*"));
        assertThat(data.count("select count(*) from customer where email = ?", "grace@example.com"))
                .isEqualTo(2);
        assertThat(data.customerState(archived).archived()).isTrue();
    }

    @Test
    void anEmailOfAnActiveCustomerIsRefusedNextToTheEmailField() throws Exception {
        long existing = data.customer(location, "grace@example.com");

        var response = mvc.perform(create("grace@example.com"));

        response.andExpect(status().isConflict())
                .andExpect(content().string(containsString("Another customer (#" + existing + ") already uses")))
                .andExpect(content().string(containsString("data-error-for=\"email\"")));
        assertThat(data.count("select count(*) from customer")).isEqualTo(1);
    }

    @Test
    void missingRequiredFieldsAreShownNextToEachField() throws Exception {
        var response = mvc.perform(post("/customers/new")
                .with(staff())
                .with(csrf())
                .param("kind", "INDIVIDUAL")
                .param("fullName", " ")
                .param("email", ""));

        response.andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("data-error-for=\"fullName\"")))
                .andExpect(content().string(containsString("data-error-for=\"email\"")));
        assertThat(data.count("select count(*) from customer")).isZero();
    }

    private MockHttpServletRequestBuilder create(String email) {
        return post("/customers/new")
                .with(staff())
                .with(csrf())
                .param("kind", "INDIVIDUAL")
                .param("fullName", "Grace Hopper")
                .param("email", email)
                .param("homeLocationId", String.valueOf(location))
                .param("tags", "");
    }
}
