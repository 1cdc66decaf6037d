package org.praxis.hub.browser;

import org.praxis.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.net.URISyntaxException;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * The Hub journey in a real, headless Chromium: an admin imports the case studies file (upload,
 * preview, confirm, progress), then searches the library with a facet and opens a result.
 * Same browser set-up as {@code SupportRequestJourneyBrowserTest}; screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
class HubLibraryJourneyBrowserTest {

    private static final String PASSWORD = "praxis-demo-2026";
    private static final String ADMIN = "admin@praxis.example";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("praxis.target.dir", "target"), "screenshots");

    @LocalServerPort
    int port;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;

    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (context, failure) -> {
        screenshot("failure-" + context.getRequiredTestMethod().getName() + ".png");
        throw failure;
    };

    @Test
    void adminImportsCaseStudiesThenFindsOneWithAFacetAndOpensIt() throws URISyntaxException {
        open("/hub/admin/import");
        waitForUrlEnding("/login");
        signIn(ADMIN);
        waitForHeading("Import case studies");

        Path file = Path.of(Objects.requireNonNull(getClass().getResource(
                "/org/praxis/hub/researcher-development-case-studies.txt")).toURI());
        WebElement upload = wait.until(d -> d.findElement(By.id("case-study-upload")));
        WebElement input = wait.until(d -> upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")));
        input.sendKeys(file.toAbsolutePath().toString());
        waitForText("vaadin-grid-cell-content", "Many postdocs move into scientific leadership roles beyond academia");
        waitForText("p", "New: 3. Imported before (will be skipped): 0. With problems: 0.");
        screenshot("hub-01-import-preview.png");

        clickButton("Import the new case studies");
        waitForText("#import-progress-text", "Done: 3 created, 0 skipped as imported before.");
        screenshot("hub-02-imported.png");

        open("/hub");
        waitForHeading("Resource library");
        // The "Topics" facet: a real checkbox, labelled with its count.
        WebElement alumni = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-checkbox[data-value='alumni']")));
        assertThat(alumni.getText()).isEqualTo("Alumni (1)");
        click(alumni.findElement(By.tagName("input")));
        wait.until(d -> "true".equals(alumni.getDomProperty("checked")));
        waitForText("h2", "1 resource found");
        screenshot("hub-03-filtered.png");

        WebElement result = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(
                "Many postdocs move into scientific leadership roles beyond academia")));
        click(result);
        waitForHeading("Many postdocs move into scientific leadership roles beyond academia");
        assertThat(driver.getCurrentUrl()).matches(".*/hub/resources/[0-9a-fA-F-]{36}$");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("In short", "Case study", "Alumni", "Professional and career development");
        assertThat(page.indexOf("In short")).isLessThan(page.indexOf("About this resource"));
        screenshot("hub-04-resource.png");
    }

    // --- Story steps -----------------------------------------------------------------------------

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        waitForVaadin();
    }

    private void signIn(String email) {
        waitForUrlEnding("/login");
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        WebElement username = wait.until(d -> visible(form.findElement(By.cssSelector("input[name='username']"))));
        username.sendKeys(email);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    private void signOut() {
        clickButton("Sign out");
        waitForUrlEnding("/login");
        waitForVaadin();
    }

    /** Scrolls the element to the middle of the window first, so headers and notifications do not cover it. */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForVaadin();
    }

    private void clickButton(String text) {
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space()=" + literal(text) + "]"))));
    }

    private void chooseRadio(String groupLabel, String option) {
        WebElement radio = wait.until(d -> d.findElement(By.xpath(group("vaadin-radio-group", groupLabel)
                + "//vaadin-radio-button[normalize-space(label)=" + literal(option) + "]")));
        radio.findElement(By.tagName("input")).click();
        waitForVaadin();
        assertThat(radio.getDomProperty("checked")).as("radio '%s' is chosen", option).isEqualTo("true");
    }

    private void tickCheckbox(String groupLabel, String option) {
        WebElement checkbox = wait.until(d -> d.findElement(By.xpath(group("vaadin-checkbox-group", groupLabel)
                + "//vaadin-checkbox[normalize-space(label)=" + literal(option) + "]")));
        checkbox.findElement(By.tagName("input")).click();
        waitForVaadin();
        assertThat(checkbox.getDomProperty("checked")).as("checkbox '%s' is ticked", option).isEqualTo("true");
    }

    // --- Locators ----------------------------------------------------------------------------------

    private WebElement textFieldInput(String label) {
        return fieldInput("vaadin-text-field", label, "input");
    }

    private WebElement textArea(String label) {
        return fieldInput("vaadin-text-area", label, "textarea");
    }

    /** The native input of a Vaadin field, found by its visible label (both live in the light DOM). */
    private WebElement fieldInput(String component, String label, String input) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(group(component, label) + "//" + input)));
    }

    private static String group(String component, String label) {
        return "//" + component + "[label[@slot='label' and normalize-space()=" + literal(label) + "]]";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "\u2019") + "'";
    }

    // --- Waiting -----------------------------------------------------------------------------------

    private void waitForHeading(String text) {
        waitForText("h1", text);
    }

    /** Reads textContent: Selenium's visible text is empty for parts scrolled out of the layout's scroll area. */
    private void waitForText(String css, String text) {
        wait.withMessage(() -> "'" + text + "' in " + css + " on " + driver.getCurrentUrl() + "; found: "
                        + driver.findElements(By.cssSelector(css)).stream().map(e -> "[" + e.getText() + "|"
                        + e.getDomProperty("textContent") + "]").toList())
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .anyMatch(e -> String.valueOf(e.getDomProperty("textContent")).contains(text)));
    }

    private void waitForUrlEnding(String path) {
        wait.until(d -> d.getCurrentUrl().replaceAll("[?#].*$", "").endsWith(path));
    }

    /** Waits until the page has loaded and Vaadin has no server round trip in flight. */
    private void waitForVaadin() {
        HeadlessChromium.waitForVaadin(wait);
    }

    private static WebElement visible(WebElement element) {
        return element.isDisplayed() ? element : null;
    }

    // --- Browser -----------------------------------------------------------------------------------

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chrome-profile");
        driver = HeadlessChromium.start(profile);
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterEach
    void quitBrowser() throws IOException {
        try {
            HeadlessChromium.quit(driver, profile);
        } finally {
            driver = null;
        }
    }

    private void screenshot(String name) {
        HeadlessChromium.screenshot(driver, SCREENSHOTS, name);
    }
}
