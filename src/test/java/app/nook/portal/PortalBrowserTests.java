package app.nook.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.staff.Role;
import app.nook.support.BrowserTest;
import app.nook.support.Browsers;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo member on the portal in real Chromium: their contracts, invoices and files; locked out at once when
 * staff archive them in another browser, and back with the same password after a restore.
 */
class PortalBrowserTests extends BrowserTest {

    private static final String MEMBER = "member@demo.nook";

    @Autowired
    CustomerLifecycle lifecycle;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMemberIsLockedOutAtOnceWhenStaffArchiveThemAndSignsInAgainAfterARestore() {
        long member = memberId();
        signInAsMember();
        assertThat(visible(By.tagName("h1")).getText()).contains("Maya Lindqvist");
        browser.findElement(By.id("nav-contracts")).click();
        assertThat(browser.findElements(By.cssSelector("[data-testid=contract-row]")))
                .hasSizeGreaterThanOrEqualTo(2);
        browser.findElement(By.id("nav-invoices")).click();
        assertThat(browser.findElements(By.cssSelector("[data-testid=invoice-row]")))
                .isNotEmpty();
        browser.findElement(By.id("nav-files")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=files]")).getText())
                .contains("membership-agreement.pdf");

        try {
            archiveAsStaffInAnotherBrowser(member);

            browser.findElement(By.id("nav-invoices")).click();
            waitFor().until(ExpectedConditions.urlContains("/portal/login?archived"));
            assertThat(message()).isEqualTo("Your account is archived. Please contact the space.");
            signInAsMember();
            assertThat(message()).isEqualTo("Your account is archived. Please contact the space.");
        } finally {
            lifecycle.restore(Selection.of(member), Actor.system());
        }

        signInAsMember();
        assertThat(browser.getCurrentUrl()).endsWith("/portal");
        assertThat(visible(By.tagName("h1")).getText()).contains("Maya Lindqvist");
    }

    @Test
    void anotherCustomersInvoiceAndFileAddressesShowNothing() {
        long member = memberId();
        long invoice = jdbc.queryForObject("select min(id) from invoice where customer_id <> ?", Long.class, member);
        String invoiceNumber = jdbc.queryForObject("select number from invoice where id = ?", String.class, invoice);
        long file = jdbc.queryForObject(
                "select min(id) from customer_file where customer_id <> ? and shared_with_customer",
                Long.class,
                member);
        signInAsMember();

        open("/portal/invoices/" + invoice);
        String invoicePage = visible(By.cssSelector("[data-testid=not-found]")).getText();
        String invoiceBody = browser.findElement(By.tagName("body")).getText();
        open("/portal/files/" + file);
        String filePage = visible(By.cssSelector("[data-testid=not-found]")).getText();

        assertThat(invoicePage).isEqualTo("Not found");
        assertThat(invoiceBody).doesNotContain(invoiceNumber);
        assertThat(filePage).isEqualTo("Not found");
    }

    private void archiveAsStaffInAnotherBrowser(long member) {
        ChromeDriver staff = Browsers.start();
        try {
            staff.get(url("/login"));
            staff.findElement(By.id("username")).sendKeys("admin@demo.nook");
            staff.findElement(By.id("password")).sendKeys("demo");
            staff.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(staff, Duration.ofSeconds(30))
                    .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            assertThat(staff.getCurrentUrl()).doesNotContain("/login");
            lifecycle.archive(
                    Selection.of(member),
                    "Moved to another city",
                    Actor.staff("admin@demo.nook", Set.of(Role.ADMINISTRATOR)));
        } finally {
            staff.quit();
        }
    }

    private void signInAsMember() {
        open("/portal/login");
        browser.findElement(By.id("username")).sendKeys(MEMBER);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor()
                .until(ExpectedConditions.or(
                        ExpectedConditions.urlMatches(".*/portal$"), ExpectedConditions.urlContains("/portal/login?")));
    }

    private String message() {
        return visible(By.cssSelector("[data-testid=sign-in-message]")).getText();
    }

    private long memberId() {
        return jdbc.queryForObject("select id from customer where email = ?", Long.class, MEMBER);
    }
}
