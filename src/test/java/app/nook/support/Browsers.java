package app.nook.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Starts headless Chromium through the system's ChromeDriver, never a downloaded one. */
public final class Browsers {

    static final String CHROMIUM = System.getenv().getOrDefault("NOOK_CHROMIUM", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getenv().getOrDefault("NOOK_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browsers() {}

    static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    /** Where a browser from {@link #start()} saves downloads. */
    public static Path downloadsOf(ChromeDriver driver) {
        String profile = (String) ((Map<?, ?>) driver.getCapabilities().getCapability("chrome")).get("userDataDir");
        return Path.of(profile).getParent().resolve("downloads");
    }

    /** A fresh browser with its own profile and downloads folders, sized like a laptop screen. */
    public static ChromeDriver start() {
        try {
            Path home = Files.createTempDirectory("nook-chromium");
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .withEnvironment(Map.of(
                            "XDG_CONFIG_HOME", home.resolve("config").toString(),
                            "XDG_CACHE_HOME", home.resolve("cache").toString()))
                    .build();
            Path downloads = Files.createDirectories(home.resolve("downloads"));
            var options = new ChromeOptions()
                    .setBinary(CHROMIUM)
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--window-size=1366,900",
                            "--user-data-dir=" + home.resolve("profile"));
            options.setExperimentalOption(
                    "prefs",
                    Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ZERO);
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
