package app.nook.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.nook.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** On an empty database an administrator adds the first location and its first plan from the admin panel. */
@AutoConfigureMockMvc
class FirstSetupWebTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anAdministratorAddsALocationAndAPlan() throws Exception {
        mvc.perform(post("/settings/locations")
                        .with(admin())
                        .with(csrf())
                        .param("name", "Nook Harbour")
                        .param("city", "Hamburg")
                        .param("address", "Kai 1")
                        .param("timeZone", "Europe/Berlin"))
                .andExpect(status().is3xxRedirection());
        long location = data.count("select id from location where name = 'Nook Harbour'");

        mvc.perform(post("/plans/new")
                        .with(admin())
                        .with(csrf())
                        .param("name", "Hot desk")
                        .param("locationId", String.valueOf(location))
                        .param("price", "199.00")
                        .param("currency", "EUR")
                        .param("period", "MONTHLY"))
                .andExpect(status().is3xxRedirection());

        assertThat(data.count("select count(*) from plan where location_id = ? and price = 199", location))
                .isEqualTo(1);
    }

    @Test
    void badLocationAndPlanInputIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(post("/settings/locations")
                        .with(admin())
                        .with(csrf())
                        .param("name", "")
                        .param("city", "Hamburg")
                        .param("address", "Kai 1")
                        .param("timeZone", "Mars/Olympus"))
                .andExpect(status().isOk());
        mvc.perform(post("/plans/new")
                        .with(admin())
                        .with(csrf())
                        .param("name", "Desk")
                        .param("locationId", "999")
                        .param("price", "-5")
                        .param("currency", "euro")
                        .param("period", "MONTHLY"))
                .andExpect(status().isOk());

        assertThat(data.count("select count(*) from location")).isZero();
        assertThat(data.count("select count(*) from plan")).isZero();
    }

    @Test
    void aStaffUserWithoutTheSettingsPermissionCannotAddALocation() throws Exception {
        mvc.perform(post("/settings/locations")
                        .with(user("desk@example.com").authorities(() -> "VIEW_CUSTOMERS"))
                        .with(csrf())
                        .param("name", "Nook Harbour")
                        .param("city", "Hamburg")
                        .param("address", "Kai 1")
                        .param("timeZone", "Europe/Berlin"))
                .andExpect(status().isForbidden());

        assertThat(data.count("select count(*) from location")).isZero();
    }

    private static RequestPostProcessor admin() {
        return user("admin@example.com").authorities(() -> "MANAGE_SETTINGS", () -> "MANAGE_BILLING");
    }
}
