package app.nook.staff;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.nook.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Admin pages tell browsers to run no inline or foreign scripts, refuse framing and not sniff content types. */
@AutoConfigureMockMvc
class SecurityHeadersWebTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self';")))
                .andExpect(
                        header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void signedInPagesCarryThemToo() throws Exception {
        mvc.perform(get("/").with(user("admin@example.com").authorities(() -> "VIEW_CUSTOMERS")))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                Matchers.not(Matchers.containsString("script-src 'self' 'unsafe-inline'"))));
    }
}
