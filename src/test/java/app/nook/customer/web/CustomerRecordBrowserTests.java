package app.nook.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.customer.CustomerDetails;
import app.nook.customer.Customers;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.file.CustomerFiles;
import app.nook.staff.Actor;
import app.nook.support.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The customer record of the demo business in a real browser. Each test restores the customer it archives; an
 * uploaded file stays, on a customer who has files already.
 */
class CustomerRecordBrowserTests extends BrowserTest {

    static final String STALE_MESSAGE = "This customer was changed by someone else. Reload the page and try again.";

    @Autowired
    CustomerLifecycle lifecycle;

    @Autowired
    Customers customers;

    @Autowired
    CustomerFiles files;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFormLoadedBeforeTheCustomerWasArchivedIsRefusedAndChangesNothing() {
        long id = liveCustomerWithoutFiles();
        CustomerDetails before = customers.get(id);
        signInAsAdmin();
        open("/customers/" + id);
        WebElement phone = visible(By.id("phone"));

        try {
            lifecycle.archive(Selection.of(id), "Archived meanwhile", Actor.system());
            phone.clear();
            phone.sendKeys("+49 30 5550000");
            click(browser.findElement(By.cssSelector("#profile-form button[type=submit]")));

            assertThat(visible(By.cssSelector("[data-testid=conflict]")).getText())
                    .contains(STALE_MESSAGE);
            assertThat(browser.findElements(By.id("profile-form"))).isEmpty();
            CustomerDetails after = customers.get(id);
            assertThat(after.phone()).isEqualTo(before.phone());
            assertThat(after.fullName()).isEqualTo(before.fullName());
        } finally {
            lifecycle.restore(Selection.of(id), Actor.system());
        }
    }

    @Test
    void anArchivedCustomerOpensReadOnlyWithTheBannerAndTheirFilesAndCanBeRestored() {
        long id = liveCustomerWithFiles();
        String fileName = files.ofCustomer(id).get(0).originalName();
        lifecycle.archive(Selection.of(id), "Closed their company", Actor.system());

        try {
            signInAsAdmin();
            open("/customers/" + id);

            String banner =
                    visible(By.cssSelector("[data-testid=archived-banner]")).getText();
            assertThat(banner).contains("Archived on ").contains(" by system — Closed their company");
            assertThat(browser.findElements(By.id("profile-form"))).isEmpty();
            assertThat(browser.findElements(By.id("upload-form"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("[data-testid=archive-button]")))
                    .isEmpty();
            assertThat(browser.findElement(By.cssSelector("[data-testid=files]"))
                            .getText())
                    .contains(fileName);

            click(browser.findElement(By.cssSelector("[data-testid=restore-button]")));
            visible(By.cssSelector("[data-testid=restore-confirm]")).click();
            waitFor()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("[data-testid=notice]"), "The customer was restored."));
            assertThat(customers.get(id).archived()).isFalse();
            assertThat(browser.findElements(By.id("profile-form"))).isNotEmpty();
        } finally {
            lifecycle.restore(Selection.of(id), Actor.system());
        }
    }

    @Test
    void aFileUploadedFromTheRecordIsListedThere() throws Exception {
        long id = liveCustomerWithFiles();
        Path text = Files.createTempFile("visit-notes", ".txt");
        Files.writeString(text, "Prefers the quiet room.\n");
        signInAsAdmin();
        open("/customers/" + id);

        browser.findElement(By.id("upload-file")).sendKeys(text.toAbsolutePath().toString());
        click(browser.findElement(By.cssSelector("#upload-form button[type=submit]")));

        String notice = visible(By.cssSelector("[data-testid=notice]")).getText();
        assertThat(notice).contains("was uploaded");
        assertThat(browser.findElement(By.cssSelector("[data-testid=files]")).getText())
                .contains(text.getFileName().toString());
    }

    /** Clicks like a person would, after scrolling the element into the middle of the window without animation. */
    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        waitFor().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private long liveCustomerWithoutFiles() {
        return jdbc.queryForObject("""
                select max(c.id) from customer c
                where c.archived_at is null and c.erased_at is null and not c.suspended
                    and not exists (select 1 from customer_file f where f.customer_id = c.id)""", Long.class);
    }

    private long liveCustomerWithFiles() {
        return jdbc.queryForObject("""
                select max(c.id) from customer c
                where c.archived_at is null and c.erased_at is null
                    and exists (select 1 from customer_file f where f.customer_id = c.id)""", Long.class);
    }
}
