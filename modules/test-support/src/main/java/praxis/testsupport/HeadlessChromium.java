package praxis.testsupport;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium, headless, for the real-browser tests: nothing is downloaded, and a missing
 * browser fails the test with the command that installs it. The paths can be overridden with
 * {@code praxis.browser.binary} and {@code praxis.browser.driver}.
 */
public final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** Starts Chromium with a fresh profile in the given folder. */
    public static WebDriver start(Path profile) {
        File binary = new File(System.getProperty("praxis.browser.binary", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("praxis.browser.driver", "/usr/bin/chromedriver"));
        assertThat(binary).as("Chromium is needed for browser tests (Debian: apt-get install chromium "
                + "chromium-driver); not found at %s", binary).canRead();
        assertThat(chromedriver).as("chromedriver is needed for browser tests (Debian: apt-get install "
                + "chromium-driver); not found at %s", chromedriver).canRead();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Quits the browser (if it started) and deletes its profile. */
    public static void quit(WebDriver driver, Path profile) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (profile != null) {
                FileSystemUtils.deleteRecursively(profile);
            }
        }
    }

    /** Waits until the page has loaded and Vaadin has no server round trip in flight. */
    public static void waitForVaadin(WebDriverWait wait) {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients && Object.values(Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive || !c.isActive()))")));
    }

    /** Saves a screenshot under the folder; a failure to save is reported, never thrown. */
    public static void screenshot(WebDriver driver, Path folder, String name) {
        if (!(driver instanceof TakesScreenshot camera)) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save screenshot " + name + ": " + e);
        }
    }
}
