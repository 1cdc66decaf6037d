package org.praxis.browser;

import org.praxis.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * The support-request journey in a real, headless Chromium: an institution lead signs in, writes
 * and submits a request, and the programme team finds it in its queue.
 *
 * <p>Needs Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or the paths in the
 * system properties {@code praxis.browser.binary} / {@code praxis.browser.driver}). Nothing is
 * downloaded. If the browser is missing the test fails: CI is expected to install it.
 * Screenshots go to {@code target/screenshots}, including one for any failure.
 *
 * <p>Vaadin runs in dev mode here; its dev tools (Copilot) are switched off because their
 * "running in development mode" popup covers the header and would swallow the click on "Sign out".
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
class SupportRequestJourneyBrowserTest {

    private static final String PASSWORD = "praxis-demo-2026";
    private static final String LEAD = "jo@liceria.example";
    private static final String TEAM = "team@praxis.example";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("praxis.target.dir", "target"), "screenshots");

    @LocalServerPort
    int port;

    private WebDriver driver;
    private WebDriverWait wait;
    private Path profile;

    /** Takes a screenshot while the browser still shows the problem, before {@link #quitBrowser()}. */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (context, failure) -> {
        screenshot("failure-" + context.getRequiredTestMethod().getName() + ".png");
        throw failure;
    };

    @Test
    void leadSubmitsARequestAndTheProgrammeTeamSeesItInTheQueue() {
        String title = "Help running our first cohort " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate start = LocalDate.now().plusMonths(2);

        open("/requests");
        waitForUrlEnding("/login");
        signIn(LEAD);
        waitForHeading("Your support requests");

        clickButton("New support request");
        waitForHeading("New support request");
        assertThat(textFieldInput("Contact name").getDomProperty("value")).isEqualTo("Jo Whitfield");
        assertThat(fieldInput("vaadin-email-field", "Contact email", "input").getDomProperty("value")).isEqualTo(LEAD);

        textFieldInput("Short title").sendKeys(title);
        chooseRadio("What do you want to do?", "Run a cohort");
        tickCheckbox("What do you lack?", "Administrative support");
        tickCheckbox("What do you lack?", "Time");
        textArea("Tell us more").sendKeys("We have a group of twelve postdocs ready to start, but nobody to run it.");
        typeDate("When do you want to start?", start);
        clickButton("Submit request");

        waitForHeading(title);
        waitForText(".praxis-status", "Submitted");
        assertThat(driver.getCurrentUrl()).matches(".*/requests/[0-9a-fA-F-]{36}$");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Run a cohort", "Administrative support, Time", "Liceria University");
        screenshot("01-lead-submitted.png");

        signOut();
        signIn(TEAM);
        open("/requests/queue");
        waitForHeading("Support requests to review");
        waitForText("vaadin-grid-cell-content", title);
        screenshot("02-team-queue.png");
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

    private void clickButton(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space()=" + literal(text) + "]"))).click();
        waitForVaadin();
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

    /** Types the date the way a person in the UK would (the UI locale is en-GB), then commits it. */
    private void typeDate(String label, LocalDate date) {
        WebElement input = fieldInput("vaadin-date-picker", label, "input");
        input.sendKeys(date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
        waitForVaadin();
        WebElement picker = driver.findElement(By.xpath(group("vaadin-date-picker", label)));
        wait.until(d -> date.toString().equals(picker.getDomProperty("value")));
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

    private void waitForText(String css, String text) {
        wait.withMessage(() -> "'" + text + "' in " + css + " on " + driver.getCurrentUrl())
                .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
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
