package app.nook.support;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real Chromium against Nook started on a random port with the demo business on H2. One browser per test class;
 * every test starts signed out, with a clean cookie jar. Tests share the demo data, so each one undoes what it
 * changes or works on records no other test touches.
 */
@OnH2
@RequiresChromium
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"nook.demo-data=true", "nook.files.directory=./target/browser-files"})
public abstract class BrowserTest {

    protected static ChromeDriver browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void signOut() {
        browser.get(url("/login"));
        browser.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        browser.get(url(path));
    }

    /** Signs in through the form as the demo administrator. */
    protected void signInAsAdmin() {
        open("/login");
        browser.findElement(By.id("username")).sendKeys("admin@demo.nook");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Clicks an element wherever it is on a long page, as a person who scrolled to it would. */
    protected void click(By locator) {
        WebElement element = browser.findElement(locator);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    protected WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    protected WebElement visible(By locator) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected WebDriver driver() {
        return browser;
    }
}
