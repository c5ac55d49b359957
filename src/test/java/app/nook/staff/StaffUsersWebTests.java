package app.nook.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.nook.support.IntegrationTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Settings > Staff users: administrators add staff with roles and stop them from signing in. */
@AutoConfigureMockMvc
class StaffUsersWebTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    StaffAccounts accounts;

    @Test
    void anAdministratorAddsAFrontDeskUser() throws Exception {
        mvc.perform(post("/settings/staff")
                        .with(admin())
                        .with(csrf())
                        .param("email", "Desk@Example.com")
                        .param("fullName", "Dana Desk")
                        .param("password", "a long enough secret")
                        .param("roles", "FRONT_DESK"))
                .andExpect(status().is3xxRedirection());

        assertThat(accounts.all()).singleElement().satisfies(member -> {
            assertThat(member.email()).isEqualTo("desk@example.com");
            assertThat(member.roles()).containsExactly(Role.FRONT_DESK);
        });
    }

    @Test
    void aShortPasswordOrNoRoleIsRefusedAndNobodyIsAdded() throws Exception {
        mvc.perform(post("/settings/staff")
                        .with(admin())
                        .with(csrf())
                        .param("email", "desk@example.com")
                        .param("fullName", "Dana Desk")
                        .param("password", "short")
                        .param("roles", "FRONT_DESK"))
                .andExpect(status().isOk());
        mvc.perform(post("/settings/staff")
                        .with(admin())
                        .with(csrf())
                        .param("email", "desk@example.com")
                        .param("fullName", "Dana Desk")
                        .param("password", "a long enough secret"))
                .andExpect(status().isOk());

        assertThat(accounts.count()).isZero();
    }

    @Test
    void administratorsCannotDisableThemselvesButCanDisableOthers() throws Exception {
        long self = accounts.create("admin@example.com", "Admin", "a long enough secret", Set.of(Role.ADMINISTRATOR));
        long other = accounts.create("desk@example.com", "Desk", "a long enough secret", Set.of(Role.FRONT_DESK));

        mvc.perform(post("/settings/staff/" + self + "/enabled")
                        .with(admin())
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().isOk());
        mvc.perform(post("/settings/staff/" + other + "/enabled")
                        .with(admin())
                        .with(csrf())
                        .param("enabled", "false"))
                .andExpect(status().is3xxRedirection());

        assertThat(accounts.all()).extracting(StaffMember::enabled).containsExactly(true, false);
    }

    @Test
    void aManagerCannotAddStaff() throws Exception {
        mvc.perform(post("/settings/staff")
                        .with(user("m@example.com").authorities(() -> "VIEW_CUSTOMERS"))
                        .with(csrf())
                        .param("email", "x@example.com")
                        .param("fullName", "X")
                        .param("password", "a long enough secret")
                        .param("roles", "ADMINISTRATOR"))
                .andExpect(status().isForbidden());

        assertThat(accounts.count()).isZero();
    }

    @Test
    void anAdministratorLimitsAStaffUserToSomeLocationsButNeverThemselves() throws Exception {
        long here = data.location();
        long self = accounts.create("admin@example.com", "Admin", "a long enough secret", Set.of(Role.ADMINISTRATOR));
        long desk = accounts.create("desk@example.com", "Desk", "a long enough secret", Set.of(Role.FRONT_DESK));

        mvc.perform(post("/settings/staff/" + desk + "/access")
                        .with(admin())
                        .with(csrf())
                        .param("roles", "MANAGER")
                        .param("locations", Long.toString(here)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/settings/staff/" + self + "/access")
                        .with(admin())
                        .with(csrf())
                        .param("roles", "ADMINISTRATOR")
                        .param("locations", Long.toString(here)))
                .andExpect(status().isOk());
        mvc.perform(post("/settings/staff/" + desk + "/access")
                        .with(admin())
                        .with(csrf())
                        .param("roles", "MANAGER")
                        .param("locations", "999999"))
                .andExpect(status().isOk());

        assertThat(accounts.all())
                .extracting(StaffMember::email, StaffMember::roles, StaffMember::locations)
                .containsExactly(
                        tuple("admin@example.com", Set.of(Role.ADMINISTRATOR), Set.of()),
                        tuple("desk@example.com", Set.of(Role.MANAGER), Set.of(here)));
        Actor limited = accounts.actorOf(desk, "desk@example.com");
        assertThat(limited.locations().locationIds()).containsExactly(here);
        assertThat(limited.may(Permission.ARCHIVE_CUSTOMERS)).isTrue();
    }

    @Test
    void aLimitedAdministratorHoldsNoSettingsPermission() {
        long here = data.location();
        long limited = accounts.create(
                "branch@example.com", "Branch", "a long enough secret", Set.of(Role.ADMINISTRATOR), Set.of(here));

        assertThat(accounts.actorOf(limited, "branch@example.com").may(Permission.MANAGE_SETTINGS))
                .isFalse();
    }

    private static RequestPostProcessor admin() {
        return user("admin@example.com").authorities(() -> "MANAGE_SETTINGS");
    }
}
