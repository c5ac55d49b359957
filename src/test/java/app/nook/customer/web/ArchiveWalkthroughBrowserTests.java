package app.nook.customer.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.support.BrowserTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole archive walk an operator takes, in real Chromium on the demo business: tick two rows, archive them, find
 * them in global search marked Archived, open one read-only with its files, list them under Views > Archived, and
 * restore them.
 */
class ArchiveWalkthroughBrowserTests extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void archiveFindOpenListAndRestoreTwoCustomers() {
        List<Map<String, Object>> pair = twoCustomersWithFilesAtOneLocation();
        String first = String.valueOf(pair.get(0).get("id"));
        String second = String.valueOf(pair.get(1).get("id"));
        String list = "/customers?location=" + pair.get(0).get("home_location_id") + "&size=200";
        signInAsAdmin();
        open(list);
        long before = total();

        click(By.id("select-" + first));
        click(By.id("select-" + second));
        runBulkAction("Archive 2 record(s)");

        open(list);
        assertThat(total()).isEqualTo(before - 2);
        assertThat(browser.findElements(By.id("select-" + first))).isEmpty();
        browser.findElement(By.tagName("body")).sendKeys("/");
        browser.switchTo().activeElement().sendKeys((String) pair.get(0).get("full_name"), Keys.ENTER);
        var hit = visible(By.cssSelector("[data-testid=customer-results] tbody tr"));
        assertThat(hit.getText()).contains("Archived");
        hit.findElement(By.tagName("a")).click();
        assertThat(visible(By.cssSelector("[data-testid=archived-banner]")).getText())
                .contains("Archived");
        assertThat(browser.findElements(By.cssSelector("form#profile-form"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[data-testid=files]")).getText())
                .contains(".pdf");

        open(list.replace("/customers?", "/customers?view=ARCHIVED&"));
        click(By.id("select-" + first));
        click(By.id("select-" + second));
        runBulkAction("Restore 2 record(s)");
        open(list);
        assertThat(total()).isEqualTo(before);
    }

    private List<Map<String, Object>> twoCustomersWithFilesAtOneLocation() {
        return jdbc.queryForList("""
                select c.id, c.full_name, c.home_location_id from live_customer c
                where exists (select 1 from customer_file f where f.customer_id = c.id)
                  and c.home_location_id = (select min(l.home_location_id) from live_customer l
                      where exists (select 1 from customer_file f where f.customer_id = l.id)
                      group by l.home_location_id having count(*) >= 2 order by 1 limit 1)
                order by c.id limit 2""");
    }

    private void runBulkAction(String label) {
        click(By.id("bulk-menu"));
        By item = By.xpath("//button[normalize-space()='" + label + "']");
        visible(item);
        click(item);
        visible(By.id("confirm-bulk"));
        click(By.id("confirm-bulk"));
        visible(By.cssSelector("[data-testid=job-summary]"));
    }

    private long total() {
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=total]")));
        String text = browser.findElement(By.cssSelector("[data-testid=total]")).getText();
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }
}
