package app.nook.customer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.nook.contract.ContractStatus;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.Permission;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lifecycle actions on the customer record: confirmed forms that write through the lifecycle engine. */
class CustomerActionWebTests extends RecordWebTest {

    @Test
    void theArchiveDialogSaysBeforehandWhatWillHappen() throws Exception {
        long customer = data.customer(location);
        long plan = data.plan(location);
        data.activeContract(customer, plan);
        data.activeContract(customer, plan);
        data.portalAccount(customer, true);

        var page = mvc.perform(get("/customers/{id}", customer).with(staff()));

        page.andExpect(content().string(containsString("2 active contracts will be suspended.")))
                .andExpect(content().string(containsString("signed out of the portal")));
    }

    @Test
    void archivingFromTheRecordArchivesThroughTheEngineWithTheReason() throws Exception {
        long customer = data.customer(location);
        long contract = data.activeContract(customer, data.plan(location));

        var response = mvc.perform(post("/customers/{id}/archive", customer)
                .with(staff())
                .with(csrf())
                .param("reason", "Moved to Hamburg"));

        response.andExpect(redirectedUrl("/customers/" + customer))
                .andExpect(flash().attribute("notice", Notice.success("The customer was archived.")));
        var state = data.customerState(customer);
        assertThat(state.archived()).isTrue();
        assertThat(state.archivedBy()).isEqualTo(STAFF);
        assertThat(state.archiveReason()).isEqualTo("Moved to Hamburg");
        assertThat(data.contractState(contract).status()).isEqualTo(ContractStatus.SUSPENDED);
        assertThat(data.auditEntries(customer, "CUSTOMER_ARCHIVED")).isEqualTo(1);
    }

    @Test
    void restoringFromTheRecordRestoresThroughTheEngine() throws Exception {
        long customer = data.customer(location);
        long contract = data.activeContract(customer, data.plan(location));
        lifecycle.archive(Selection.of(customer), null, Actor.system());

        var response = mvc.perform(
                post("/customers/{id}/restore", customer).with(staff()).with(csrf()));

        response.andExpect(redirectedUrl("/customers/" + customer))
                .andExpect(flash().attribute("notice", Notice.success("The customer was restored.")));
        assertThat(data.customerState(customer).archived()).isFalse();
        assertThat(data.contractState(contract).status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(data.auditEntries(customer, "CUSTOMER_RESTORED")).isEqualTo(1);
    }

    @Test
    void aSkippedActionReportsTheEnginesReason() throws Exception {
        long customer = data.customer(location);
        lifecycle.archive(Selection.of(customer), "First", Actor.system());

        var response = mvc.perform(
                post("/customers/{id}/archive", customer).with(staff()).with(csrf()));

        response.andExpect(flash().attribute(
                        "notice", Notice.warning("Nothing was changed (Archive skipped): already archived.")));
        assertThat(data.customerState(customer).archiveReason()).isEqualTo("First");
    }

    @Test
    void aFailedRestoreReportsTheConflictAndChangesNothing() throws Exception {
        long customer = data.customer(location, "shared@example.com");
        lifecycle.archive(Selection.of(customer), null, Actor.system());
        long newcomer = customers.createAlongsideArchived(
                data.profile(location, "Newcomer", "shared@example.com", Set.of()), Actor.system());

        var response = mvc.perform(
                post("/customers/{id}/restore", customer).with(staff()).with(csrf()));

        response.andExpect(flash().attribute(
                        "notice",
                        Notice.danger("Nothing was changed (Restore failed): email shared@example.com is now used by"
                                + " customer #" + newcomer + "; change one of the emails first.")));
        assertThat(data.customerState(customer).archived()).isTrue();
    }

    @Test
    void suspendingAndGrantingPortalAccessGoThroughTheEngine() throws Exception {
        long customer = data.customer(location);

        mvc.perform(post("/customers/{id}/suspend", customer)
                .with(staff())
                .with(csrf())
                .param("reason", "Unpaid"));
        mvc.perform(post("/customers/{id}/grant-portal-access", customer)
                .with(staff())
                .with(csrf()));

        assertThat(data.customerState(customer).suspended()).isTrue();
        assertThat(data.customerState(customer).portalEnabled()).isTrue();
        assertThat(data.auditEntries(customer, "CUSTOMER_SUSPENDED")).isEqualTo(1);
        assertThat(data.auditEntries(customer, "PORTAL_ACCESS_GRANTED")).isEqualTo(1);
    }

    @Test
    void anActionWithoutThePermissionIsForbiddenAndChangesNothing() throws Exception {
        long customer = data.customer(location);

        var response = mvc.perform(post("/customers/{id}/archive", customer)
                .with(staffWith(Permission.VIEW_CUSTOMERS, Permission.EDIT_CUSTOMERS))
                .with(csrf()));

        response.andExpect(status().isForbidden());
        assertThat(data.customerState(customer).archived()).isFalse();
    }

    @Test
    void erasingWithAWronglyTypedNameErasesNothing() throws Exception {
        long customer = data.customer(location);
        String name = customers.get(customer).fullName();

        var response = mvc.perform(post("/customers/{id}/erase", customer)
                .with(staff())
                .with(csrf())
                .param("confirmName", name + "x"));

        response.andExpect(redirectedUrl("/customers/" + customer))
                .andExpect(flash().attribute(
                                "notice",
                                Notice.danger("The name you typed does not match the customer’s full name."
                                        + " Nothing was erased.")));
        assertThat(customers.get(customer).erased()).isFalse();
        assertThat(data.customerState(customer).archived()).isFalse();
    }

    @Test
    void erasingWithTheTypedFullNameErasesAndTheRecordShowsOnlyThat() throws Exception {
        long customer = data.customer(location);
        String name = customers.get(customer).fullName();

        mvc.perform(post("/customers/{id}/erase", customer)
                .with(staff())
                .with(csrf())
                .param("confirmName", " " + name + " "));
        var page = mvc.perform(get("/customers/{id}", customer).with(staff()));

        assertThat(customers.get(customer).erased()).isTrue();
        page.andExpect(status().isOk())
                .andExpect(content().string(containsString("Personal data erased")))
                .andExpect(content().string(not(containsString(name))));
    }
}
