package app.nook.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerListing;
import app.nook.customer.CustomerView;
import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.support.BrowserTest;
import app.nook.system.LocationScope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Operations > Members and contacts in real Chromium: ticking rows, bulk archive and restore, views, filters. */
class CustomerListBrowserTests extends BrowserTest {

    @Autowired
    CustomerListing listing;

    @Autowired
    CustomerLifecycle lifecycle;

    @Test
    void archivingTwoTickedRowsTakesThemOutOfTheListAndRestoringBringsThemBack() throws Exception {
        signInAsAdmin();
        browser.findElement(By.linkText("Operations")).click();
        visible(By.linkText("Members and contacts")).click();
        long before = total();
        List<String> picked = tickFirstRows(2);
        screenshot("customers.png");

        runBulkAction("Archive 2 record(s)");

        assertThat(total()).isEqualTo(before - 2);
        assertThat(shownIds()).doesNotContainAnyElementsOf(picked);
        chooseView("Archived");
        assertThat(shownIds()).containsAll(picked);
        for (String id : picked) {
            browser.findElement(By.id("select-" + id)).click();
        }
        runBulkAction("Restore 2 record(s)");
        assertThat(shownIds()).doesNotContainAnyElementsOf(picked);
        chooseView("Active customers");
        assertThat(total()).isEqualTo(before);
        assertThat(shownIds()).containsAll(picked);
    }

    @Test
    void selectingAllMatchingUnderAFilterArchivesExactlyTheFilteredSet() {
        var filter = new CustomerFilter(CustomerView.ACTIVE, null, null, null, "startup");
        List<Long> expected = listing.ids(filter, LocationScope.everywhere());
        long activeBefore = listing.count(CustomerFilter.of(CustomerView.ACTIVE), LocationScope.everywhere());
        assertThat(expected).hasSizeGreaterThan(5);
        signInAsAdmin();
        open("/customers?view=ACTIVE&tag=startup&size=5");

        browser.findElement(By.id("select-page")).click();
        visible(By.id("select-matching-button")).click();
        runBulkAction("Archive " + expected.size() + " record(s)");

        var archived = new CustomerFilter(CustomerView.ARCHIVED, null, null, null, "startup");
        assertThat(listing.ids(filter, LocationScope.everywhere())).isEmpty();
        assertThat(listing.ids(archived, LocationScope.everywhere())).containsAll(expected);
        assertThat(listing.count(CustomerFilter.of(CustomerView.ACTIVE), LocationScope.everywhere()))
                .isEqualTo(activeBefore - expected.size());
        lifecycle.restore(Selection.of(expected), Actor.system());
    }

    @Test
    void theConfirmationSaysWhatWillHappenBeforeAnythingChanges() {
        signInAsAdmin();
        open("/customers?view=MEMBERS");
        long members = total();
        tickFirstRows(1);

        openBulkAction("Archive 1 record(s)");
        String preview = visible(By.cssSelector("[data-testid=preview]")).getText();
        browser.findElement(By.cssSelector("#bulk-dialog .btn-secondary")).click();

        assertThat(preview)
                .contains("1 customer selected")
                .contains("1 will be archived")
                .contains("will be suspended");
        open("/customers?view=MEMBERS");
        assertThat(total()).isEqualTo(members);
    }

    private List<String> tickFirstRows(int count) {
        List<WebElement> boxes =
                browser.findElements(By.cssSelector("input.row-select")).subList(0, count);
        boxes.forEach(WebElement::click);
        return boxes.stream().map(box -> box.getDomAttribute("value")).toList();
    }

    private void openBulkAction(String label) {
        click(By.id("bulk-menu"));
        By item = By.xpath("//button[normalize-space()='" + label + "']");
        visible(item);
        click(item);
        visible(By.cssSelector("[data-testid=preview]"));
    }

    private void runBulkAction(String label) {
        openBulkAction(label);
        visible(By.id("confirm-bulk"));
        click(By.id("confirm-bulk"));
        visible(By.cssSelector("[data-testid=job-summary]"));
        browser.findElement(By.linkText("Back to the list")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=total]")));
    }

    private void chooseView(String name) {
        browser.findElement(By.id("views-menu")).click();
        visible(By.linkText(name)).click();
        waitFor().until(ExpectedConditions.urlContains("view="));
    }

    private long total() {
        String text = browser.findElement(By.cssSelector("[data-testid=total]")).getText();
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private List<String> shownIds() {
        return browser.findElements(By.cssSelector("input.row-select")).stream()
                .map(box -> box.getDomAttribute("value"))
                .toList();
    }

    private void screenshot(String name) throws Exception {
        Path target = Path.of("target/screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }
}
