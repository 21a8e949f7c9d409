package org.bianmin.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;

/**
 * The one WebDriver factory: Debian's Chromium when it and its driver are installed (as in CI), HtmlUnit otherwise.
 * The same test code runs on either.
 */
public final class Browsers {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {}

    public static boolean realBrowser() {
        return Files.isExecutable(CHROMIUM)
                && Files.isExecutable(CHROMEDRIVER)
                && !"htmlunit".equals(System.getProperty("bianmin.browser"));
    }

    /** Keeps the last page of a browser test (source, and a screenshot where the browser can take one). */
    public static void keepEvidence(WebDriver driver, String name) {
        try {
            Path dir = Path.of("target", "browser");
            Files.createDirectories(dir);
            String file = name.replaceAll("[^A-Za-z0-9]+", "_");
            Files.writeString(dir.resolve(file + ".html"), driver.getPageSource());
            if (driver instanceof org.openqa.selenium.TakesScreenshot camera) {
                Files.write(dir.resolve(file + ".png"), camera.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            }
        } catch (Exception e) {
            System.err.println("Could not keep the browser evidence: " + e.getMessage());
        }
    }

    public static WebDriver create() {
        WebDriver driver;
        if (realBrowser()) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,1000",
                    "--lang=zh-CN");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
        } else {
            driver = new HtmlUnitDriver(true);
        }
        driver.manage().timeouts().implicitlyWait(Duration.ofMillis(200));
        return driver;
    }
}
