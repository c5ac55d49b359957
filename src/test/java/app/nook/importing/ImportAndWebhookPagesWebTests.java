package app.nook.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.nook.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import and webhook pages render and work through the whole web stack. */
@AutoConfigureMockMvc
class ImportAndWebhookPagesWebTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anUploadedFileIsMappedDryRunAndAppliedFromThePages() throws Exception {
        data.location();
        var csv = new MockMultipartFile(
                "file",
                "people.csv",
                "text/csv",
                "full name,email\nAna Test,ana@example.com\nBo Bad,not-an-email\n".getBytes(StandardCharsets.UTF_8));

        String mapPage = mvc.perform(
                        multipart("/customers/import").file(csv).with(staff()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String columns = mvc.perform(get(mapPage).with(staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String dryRun = mvc.perform(post(mapPage + "/dry-run")
                        .with(staff())
                        .with(csrf())
                        .param("column_FULL_NAME", "0")
                        .param("column_EMAIL", "1"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(columns).contains("full name").contains("email");
        assertThat(dryRun).contains("line 3");
        assertThat(data.count("select count(*) from customer")).isZero();
    }

    @Test
    void aWebhookEndpointIsRegisteredFromItsPage() throws Exception {
        mvc.perform(get("/settings/webhooks").with(staff())).andExpect(status().isOk());

        mvc.perform(post("/settings/webhooks")
                        .with(staff())
                        .with(csrf())
                        .param("url", "https://hooks.example.com/nook")
                        .param("events", "CUSTOMER_ARCHIVED"))
                .andExpect(status().is3xxRedirection());

        assertThat(data.count("select count(*) from webhook_endpoint")).isEqualTo(1);
    }

    private static RequestPostProcessor staff() {
        return user("admin@example.com")
                .authorities(() -> "EDIT_CUSTOMERS", () -> "VIEW_CUSTOMERS", () -> "MANAGE_SETTINGS");
    }
}
