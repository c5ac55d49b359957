package app.nook.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.nook.support.BrowserTest;
import app.nook.support.Browsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The Reports page in real Chromium: charts drawn from the figures, and a CSV that downloads. */
class ReportsBrowserTests extends BrowserTest {

    @Test
    void aReportsChartIsDrawnAndItsCsvDownloads() throws Exception {
        signInAsAdmin();
        browser.findElement(By.linkText("Reports")).click();

        var bars = visible(By.id("plans-chart")).findElements(By.cssSelector("rect.chart-bar"));
        int tableRows =
                browser.findElements(By.cssSelector("#report-plans tbody tr")).size();
        browser.findElement(By.cssSelector("#report-plans a[href*='plans.csv']"))
                .click();

        assertThat(bars).hasSize(tableRows).isNotEmpty();
        assertThat(bars)
                .anySatisfy(bar -> assertThat(Double.parseDouble(bar.getDomAttribute("height")))
                        .isPositive());
        Path csv = Browsers.downloadsOf(browser).resolve("plans.csv");
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> Files.exists(csv) && Files.size(csv) > 0);
        assertThat(Files.readAllLines(csv))
                .hasSize(tableRows + 1)
                .first()
                .isEqualTo("plan,location,active_contracts,members,monthly_recurring_revenue");
    }
}
