package com.raqibtech.naija.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium from the machine's packages (chromium, chromium-driver), driven through WebDriver. */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        File chromium = new File(System.getProperty("it.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            fail("Browser tests need Chromium and chromedriver (Debian: apt-get install chromium chromium-driver;"
                    + " .ci/run installs them), or -Dit.chromium=... -Dit.chromedriver=...");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("naija-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
