package app.nook.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.customer.CustomerFilter;
import app.nook.customer.CustomerListing;
import app.nook.customer.CustomerView;
import app.nook.support.BrowserTest;
import app.nook.system.LocationScope;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** In real Chromium, a list longer than its count bound learns the exact number when all matching are selected. */
@TestPropertySource(properties = "nook.customers.count-limit=3")
class CustomerListBeyondBoundBrowserTests extends BrowserTest {

    @Autowired
    CustomerListing listing;

    @Test
    void selectingAllMatchingBeyondTheBoundCountsThemExactly() {
        long matching = listing.count(
                new CustomerFilter(CustomerView.ACTIVE, null, null, null, "startup"), LocationScope.everywhere());
        assertThat(matching).isGreaterThan(3);
        signInAsAdmin();
        open("/customers?view=ACTIVE&tag=startup&size=2");
        String header =
                browser.findElement(By.cssSelector("[data-testid=total]")).getText();

        browser.findElement(By.id("select-page")).click();
        visible(By.id("select-matching-button")).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("all-matching")));

        assertThat(header).isEqualTo("More than 3 customers");
        assertThat(browser.findElement(By.id("all-matching-label")).getText())
                .isEqualTo("All " + matching + " matching customers are selected.");
        assertThat(browser.findElement(By.id("selected-count")).getText()).isEqualTo(matching + " selected");
    }
}
