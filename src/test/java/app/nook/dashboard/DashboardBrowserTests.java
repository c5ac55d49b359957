package app.nook.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The first page after signing in, in a real browser. */
class DashboardBrowserTests extends BrowserTest {

    @Test
    void signingInLeadsToTheDashboardWithTheOperationsMenu() {
        signInAsAdmin();

        assertThat(browser.getTitle()).contains("Dashboard");
        browser.findElement(By.linkText("Operations")).click();
        assertThat(visible(By.linkText("Members and contacts")).isDisplayed()).isTrue();
    }

    @Test
    void aSignedOutVisitorIsSentToSignIn() {
        open("/");

        assertThat(browser.getCurrentUrl()).contains("/login");
    }
}
