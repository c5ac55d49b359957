package app.nook.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.customer.lifecycle.CustomerLifecycle;
import app.nook.customer.lifecycle.Selection;
import app.nook.staff.Actor;
import app.nook.support.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The header search box, in a real browser, finds an archived customer and marks them. */
class GlobalSearchBrowserTests extends BrowserTest {

    @Autowired
    CustomerLifecycle lifecycle;

    @Autowired
    JdbcTemplate jdbc;

    Long archived;

    @AfterEach
    void restoreTheArchivedCustomer() {
        if (archived != null) {
            lifecycle.restore(Selection.of(archived), Actor.system());
        }
    }

    @Test
    void anArchivedCustomerIsFoundFromTheHeaderAndMarkedArchived() {
        Map<String, Object> customer = jdbc.queryForMap("""
                select id, full_name from live_customer
                where email <> 'member@demo.nook' order by id desc fetch first 1 rows only""");
        archived = ((Number) customer.get("id")).longValue();
        String name = (String) customer.get("full_name");
        lifecycle.archive(Selection.of(archived), "Browser test", Actor.system());
        signInAsAdmin();

        browser.findElement(By.tagName("body")).sendKeys("/");
        String focused = browser.switchTo().activeElement().getAttribute("id");
        browser.switchTo().activeElement().sendKeys(name, Keys.ENTER);

        assertThat(focused).isEqualTo("global-search");
        waitFor().until(ExpectedConditions.urlContains("/search"));
        var row = visible(By.cssSelector("tr[data-customer-id='" + archived + "']"));
        assertThat(row.getText()).contains(name);
        assertThat(row.findElement(By.cssSelector("[data-testid=archived-badge]"))
                        .getText())
                .isEqualTo("Archived");
    }
}
