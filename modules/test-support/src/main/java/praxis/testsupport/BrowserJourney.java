package praxis.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journey through the running application in a real, headless Chromium ({@link HeadlessChromium}), done
 * the way a person does it: find things by their visible labels, scroll to them, type, click, wait for the
 * page. Subclasses are {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} tests that tell the story.
 *
 * <p>Screenshots go to {@code target/screenshots}, and on a failure a screenshot and the page source are
 * saved while the browser still shows the problem.
 */
public abstract class BrowserJourney {

    protected static final String PASSWORD = "praxis-demo-2026";
    protected static final Duration WAIT = Duration.ofSeconds(60);
    protected static final Path SCREENSHOTS =
            Path.of(System.getProperty("praxis.target.dir", "target"), "screenshots");

    protected static final String FIELDS = "*[self::vaadin-text-field or self::vaadin-text-area"
            + " or self::vaadin-email-field or self::vaadin-integer-field]";

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    private final List<String> accessibilityProblems = new ArrayList<>();
    protected WebDriverWait wait;
    private Path profile;

    /** Keeps what the browser shows when a test fails, before {@link #quitBrowser()}. */
    @RegisterExtension
    final TestExecutionExceptionHandler keepThePageOnFailure = (context, failure) -> {
        String name = getClass().getSimpleName() + "-failure-" + context.getRequiredTestMethod().getName();
        screenshot(name + ".png");
        pageSource(name + ".html");
        throw failure;
    };

    // --- People and pages ----------------------------------------------------------------------------

    protected void open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : "http://localhost:" + port + pathOrUrl);
        waitForVaadin();
    }

    /** Signs in with a demo account (on the sign-in page, opened first if the browser is elsewhere). */
    protected void signIn(String email) {
        if (!driver.getCurrentUrl().replaceAll("[?#].*$", "").endsWith("/login")) {
            open("/login");
        }
        waitForUrlEnding("/login");
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        WebElement username = wait.until(d -> visible(form.findElement(By.cssSelector("input[name='username']"))));
        username.sendKeys(email);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys(PASSWORD);
        form.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    protected void signOut() {
        clickButton("Sign out");
        waitForUrlEnding("/login");
        waitForVaadin();
    }

    // --- Doing things --------------------------------------------------------------------------------

    protected void clickButton(String text) {
        click(By.xpath("//vaadin-button[normalize-space()=" + literal(text) + "]"));
    }

    protected void click(By locator) {
        click(reach(locator));
    }

    protected void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitForVaadin();
    }

    /**
     * The (last, so in an open dialog the topmost) element found, scrolled into view and ready to use, as a
     * person would scroll to it. Selenium treats what is scrolled out of the app layout's content as hidden.
     */
    protected WebElement reach(By locator) {
        return waitUntil(locator + " to be there and ready to use", d -> {
            List<WebElement> found = d.findElements(locator);
            if (found.isEmpty()) {
                return null;
            }
            WebElement element = found.getLast();
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            return element.isDisplayed() && element.isEnabled() ? element : null;
        });
    }

    /** Types into a text field, text area, email or number field found by its label, replacing what was there. */
    protected void fillField(String label, String value) {
        WebElement input = fieldInput(label);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
        waitUntil("'" + label + "' to read '" + value + "'",
                d -> value.equals(fieldInput(label).getDomProperty("value")));
    }

    /** Picks an option of a Vaadin select (drop-down) by its visible text. */
    protected void choose(String label, String option) {
        WebElement select = reach(By.xpath(labelled("vaadin-select", label)));
        select.click();
        WebElement item = wait.until(d -> d.findElements(By.xpath("//vaadin-select-item[normalize-space()="
                + literal(option) + "]")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        item.click();
        waitForVaadin();
        waitUntil("'" + option + "' chosen in " + label, d -> select.getText().contains(option));
    }

    protected void chooseRadio(String groupLabel, String option) {
        WebElement radio = radio(groupLabel, option);
        radio.findElement(By.tagName("input")).click();
        waitForVaadin();
        assertThat(radio.getDomProperty("checked")).as("radio '%s' is chosen", option).isEqualTo("true");
    }

    protected void tickCheckbox(String groupLabel, String option) {
        WebElement checkbox = wait.until(d -> d.findElement(By.xpath(labelled("vaadin-checkbox-group", groupLabel)
                + "//vaadin-checkbox[normalize-space(label)=" + literal(option) + "]")));
        checkbox.findElement(By.tagName("input")).click();
        waitForVaadin();
        assertThat(checkbox.getDomProperty("checked")).as("checkbox '%s' is ticked", option).isEqualTo("true");
    }

    /** Types the date the way a person in the UK would (the UI locale is en-GB), then commits it. */
    protected void typeDate(String label, LocalDate date) {
        WebElement picker = reach(By.xpath(labelled("vaadin-date-picker", label)));
        WebElement input = picker.findElement(By.tagName("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                Keys.ENTER);
        waitForVaadin();
        waitUntil("'" + label + "' to be " + date, d -> date.toString().equals(picker.getDomProperty("value")));
    }

    // --- Reading the page ----------------------------------------------------------------------------

    /** The native input of the (last, so in an open dialog the topmost) field with this visible label. */
    protected WebElement fieldInput(String label) {
        return reach(By.xpath(labelled(FIELDS, label) + "//*[self::input or self::textarea]"));
    }

    protected String fieldValue(String label) {
        return fieldInput(label).getDomProperty("value");
    }

    protected WebElement radio(String groupLabel, String option) {
        return wait.until(d -> d.findElement(By.xpath(labelled("vaadin-radio-group", groupLabel)
                + "//vaadin-radio-button[normalize-space(label)=" + literal(option) + "]")));
    }

    protected String mainText() {
        return text(driver.findElement(By.tagName("main")));
    }

    /**
     * The text as rendered, also where the page has scrolled past it (Selenium's getText() leaves out
     * what is scrolled out of the app layout's content area).
     */
    protected String text(WebElement element) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return arguments[0].innerText", element));
    }

    /** XPath of a Vaadin component (or any of several: a predicate like {@code *[self::a or self::b]}) by its label. */
    protected static String labelled(String component, String label) {
        return "//" + component + "[label[@slot='label' and normalize-space()=" + literal(label) + "]]";
    }

    /** A text as an XPath string literal (the UI uses typographic apostrophes). */
    protected static String literal(String text) {
        return "'" + text.replace("'", "\u2019") + "'";
    }

    // --- Waiting -------------------------------------------------------------------------------------

    /** Waits for the page's heading, then checks the page's accessibility (see {@link #checkAccessibility}). */
    protected void waitForHeading(String text) {
        waitForText("h1", text);
        waitForVaadin();
        checkAccessibility(text);
    }

    /**
     * Runs axe-core's WCAG 2.2 A/AA rules on the page as it is now. Violations are collected, not thrown, so
     * the journey goes on and the test fails at its end listing every page and problem found.
     */
    protected void checkAccessibility(String page) {
        List<String> violations = AccessibilityCheck.violations(driver);
        if (!violations.isEmpty()) {
            String name = getClass().getSimpleName() + "-a11y-" + (accessibilityProblems.size() + 1);
            screenshot(name + ".png");
            pageSource(name + ".html");
        }
        violations.forEach(violation -> accessibilityProblems.add(page + ": " + violation));
    }

    protected void waitForText(String css, String text) {
        waitUntil("'" + text + "' in " + css,
                d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> text(e).contains(text)));
    }

    /** Waits for a condition, saying what it waited for (and where) if it never came. */
    protected <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> what + " on " + driver.getCurrentUrl()).until(condition);
    }

    protected void waitForUrlEnding(String path) {
        wait.until(d -> d.getCurrentUrl().replaceAll("[?#].*$", "").endsWith(path));
    }

    /** Waits until the page has loaded and Vaadin has no server round trip in flight. */
    protected void waitForVaadin() {
        HeadlessChromium.waitForVaadin(wait);
    }

    private static WebElement visible(WebElement element) {
        return element.isDisplayed() ? element : null;
    }

    // --- Browser -------------------------------------------------------------------------------------

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chrome-profile");
        driver = HeadlessChromium.start(profile);
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterEach
    void noAccessibilityProblems() {
        assertThat(accessibilityProblems).as("WCAG 2.2 A/AA problems axe-core found on the pages visited").isEmpty();
    }

    @AfterEach
    void quitBrowser() throws IOException {
        try {
            HeadlessChromium.quit(driver, profile);
        } finally {
            driver = null;
        }
    }

    protected void screenshot(String name) {
        HeadlessChromium.screenshot(driver, SCREENSHOTS, name);
    }

    protected void pageSource(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve(name), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the page " + name + ": " + e);
        }
    }
}
