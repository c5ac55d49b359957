package app.nook.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.nook.customer.CustomerDetails;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.Permission;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The customer record: showing, editing with optimistic locking, and the read-only archived record. */
class CustomerRecordWebTests extends RecordWebTest {

    @Test
    void theRecordShowsTheProfileFormWithTheCurrentVersion() throws Exception {
        long customer = data.customer(location);
        long version = customers.get(customer).version();

        var page = mvc.perform(get("/customers/{id}", customer).with(staff()));

        page.andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"profile-form\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")))
                .andExpect(content().string(containsString("data-testid=\"archive-button\"")));
    }

    @Test
    void anUnknownCustomerIsNotFound() throws Exception {
        var page = mvc.perform(get("/customers/{id}", 987654).with(staff()));

        page.andExpect(status().isNotFound());
    }

    @Test
    void savingACurrentFormUpdatesTheProfile() throws Exception {
        long customer = data.customer(location);
        CustomerDetails before = customers.get(customer);

        var response =
                mvc.perform(edit(customer, before.version(), before.email()).param("phone", "+49 30 999"));

        response.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/customers/" + customer));
        CustomerDetails after = customers.get(customer);
        assertThat(after.phone()).isEqualTo("+49 30 999");
        assertThat(after.tags()).containsExactlyInAnyOrder("vip", "night owl");
    }

    @Test
    void aStaleFormIsRefusedAndChangesNothing() throws Exception {
        long customer = data.customer(location);
        CustomerDetails loaded = customers.get(customer);
        customers.update(
                customer,
                loaded.version(),
                data.profile(location, "Changed Elsewhere", loaded.email(), Set.of()),
                Actor.system());

        var response =
                mvc.perform(edit(customer, loaded.version(), loaded.email()).param("phone", "+49 30 999"));

        response.andExpect(status().isConflict())
                .andExpect(content()
                        .string(containsString(
                                "This customer was changed by someone else. Reload the page and try again.")));
        CustomerDetails now = customers.get(customer);
        assertThat(now.fullName()).isEqualTo("Changed Elsewhere");
        assertThat(now.phone()).isEqualTo(loaded.phone());
    }

    @Test
    void aFormLoadedBeforeAnArchiveIsRefusedAsStaleAndChangesNothing() throws Exception {
        long customer = data.customer(location);
        CustomerDetails loaded = customers.get(customer);
        lifecycle.archive(Selection.of(customer), "Moved away", Actor.system());
        long archivedVersion = data.customerState(customer).version();

        var response =
                mvc.perform(edit(customer, loaded.version(), loaded.email()).param("phone", "+49 30 999"));

        response.andExpect(status().isConflict())
                .andExpect(content().string(containsString("This customer was changed by someone else.")))
                .andExpect(content().string(not(containsString("id=\"profile-form\""))));
        assertThat(customers.get(customer).phone()).isEqualTo(loaded.phone());
        assertThat(data.customerState(customer).version()).isEqualTo(archivedVersion);
        assertThat(data.customerState(customer).archived()).isTrue();
    }

    @Test
    void anArchivedCustomerCannotBeEditedEvenWithTheCurrentVersion() throws Exception {
        long customer = data.customer(location);
        lifecycle.archive(Selection.of(customer), null, Actor.system());
        CustomerDetails archived = customers.get(customer);

        var response = mvc.perform(edit(customer, archived.version(), archived.email()));

        response.andExpect(status().isConflict())
                .andExpect(content().string(containsString("This customer is archived and cannot be edited.")));
        assertThat(customers.get(customer).tags()).isEmpty();
        assertThat(customers.get(customer).version()).isEqualTo(archived.version());
    }

    @Test
    void theArchivedRecordShowsTheBannerAndRestoreButNoFormNoUploadAndNoOtherAction() throws Exception {
        long customer = data.customer(location);
        lifecycle.archive(
                Selection.of(customer), "Moved to Hamburg", new Actor(STAFF, EnumSet.allOf(Permission.class)));

        var page = mvc.perform(get("/customers/{id}", customer).with(staff()));

        page.andExpect(status().isOk())
                .andExpect(content().string(containsString("Archived on ")))
                .andExpect(content().string(containsString("by " + STAFF + " — Moved to Hamburg")))
                .andExpect(content().string(containsString("data-testid=\"restore-button\"")))
                .andExpect(content().string(containsString("id=\"restore-modal\"")))
                .andExpect(content().string(not(containsString("id=\"profile-form\""))))
                .andExpect(content().string(not(containsString("id=\"upload-form\""))))
                .andExpect(content().string(not(containsString("id=\"archive-modal\""))))
                .andExpect(content().string(not(containsString("id=\"erase-modal\""))));
    }

    @Test
    void aFieldErrorIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        long customer = data.customer(location);
        CustomerDetails loaded = customers.get(customer);

        var response = mvc.perform(edit(customer, loaded.version(), "not an email"));

        response.andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("data-error-for=\"email\"")))
                .andExpect(content().string(containsString("value=\"not an email\"")));
        assertThat(customers.get(customer).email()).isEqualTo(loaded.email());
    }

    @Test
    void anEmailOfAnotherActiveCustomerIsRefusedWithAClearMessage() throws Exception {
        long customer = data.customer(location);
        long other = data.customer(location, "taken@example.com");
        CustomerDetails loaded = customers.get(customer);

        var response = mvc.perform(edit(customer, loaded.version(), "taken@example.com"));

        response.andExpect(status().isConflict())
                .andExpect(content().string(containsString("Another customer (#" + other + ") already uses")));
        assertThat(customers.get(customer).email()).isEqualTo(loaded.email());
    }

    @Test
    void staffWithoutEditPermissionSeeTheProfileReadOnly() throws Exception {
        long customer = data.customer(location);

        var page = mvc.perform(get("/customers/{id}", customer).with(staffWith(Permission.VIEW_CUSTOMERS)));

        page.andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"read-only-profile\"")))
                .andExpect(content().string(not(containsString("data-testid=\"archive-button\""))));
    }

    @Test
    void anEditWithoutCsrfTokenIsRejected() throws Exception {
        long customer = data.customer(location);
        CustomerDetails loaded = customers.get(customer);

        var response = mvc.perform(post("/customers/{id}", customer)
                .with(staff())
                .param("version", String.valueOf(loaded.version()))
                .param("fullName", "Someone Else"));

        response.andExpect(status().isForbidden());
        assertThat(customers.get(customer).fullName()).isEqualTo(loaded.fullName());
    }

    private MockHttpServletRequestBuilder edit(long customer, long version, String email) {
        return post("/customers/{id}", customer)
                .with(staff())
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("kind", "INDIVIDUAL")
                .param("fullName", "Ada Lovelace")
                .param("email", email)
                .param("homeLocationId", String.valueOf(location))
                .param("tags", "vip, night owl, ");
    }
}
