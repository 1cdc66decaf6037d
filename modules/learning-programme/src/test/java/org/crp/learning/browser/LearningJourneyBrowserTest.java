package org.crp.learning.browser;

import praxis.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import praxis.testsupport.BrowserJourney;
import praxis.testsupport.HeadlessChromium;
import praxis.testsupport.PraxisTestApplication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * A year in the learning programme, told through the UI in a real, headless Chromium: Lena applies to the demo
 * run with a bursary request (the form filled in and sent with the keyboard only); Priya, of the programme team,
 * selects her and grants the bursary; Lena, told so in her inbox, registers for the first session; on the day
 * Priya records that she attended; Lena writes a reflection in her learning log and shares it; Priya marks her
 * complete; Lena, told so, downloads her certificate. {@code LearningJourneyModuleTests} tells the same story through the services.
 *
 * <p>The test assembly is this module's test classpath (the platform, the shell, identity for signing in, the
 * Hub, notifications, and this plugin), with demo data. Lena and Priya each work at their own computer (a
 * browser each), signed in once with their demo accounts, and move between pages with the side menu, as people
 * do. A settable clock stands in for the weeks between applying and the session.
 *
 * <p>Lena learns of her selection, her bursary and her certificate from the bell in the header: this module's
 * notices, delivered by the notifications module (on the test classpath for this). Needs Debian's
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} ({@link HeadlessChromium}); screenshots of each
 * step, and of any failure with the page source, go to {@code target/screenshots}. Vaadin's dev tools are off:
 * their popup covers the header.
 */
@SpringBootTest(classes = PraxisTestApplication.class, webEnvironment = RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import(MutableClock.Configuration.class)
class LearningJourneyBrowserTest extends BrowserJourney {

    private static final String LENA = "lena@liceria.example";
    private static final String PRIYA = "team@praxis.example";
    private static final String LENA_NAME = "Dr Lena Novak";
    private static final String RUN = "Community Research Partnerships Learning Programme 2026-27";
    private static final String SESSION = "Starting well: power, mutuality and fair payment";
    /** Amounts of money, in pounds. */
    private static final String MONEY = "vaadin-big-decimal-field";

    private static final Duration LOOK = Duration.ofMillis(100);
    private static final String INBOX = "//ul[@aria-label='Your notifications, newest first']";

    @Autowired
    MutableClock clock;

    private WebDriver lenasBrowser;
    private WebDriver priyasBrowser;
    private Path priyasProfile;

    @Test
    void lenaAppliesWithABursaryIsSelectedAttendsReflectsAndGetsHerCertificate() {
        // Ten days before the first session of the demo run, 20 January 2027 at 10:00 London time.
        clock.set(MutableClock.Configuration.START);
        lenaAppliesWithABursaryRequestUsingTheKeyboard();
        priyaSelectsLenaAndGrantsTheBursary();
        lenaRegistersForTheFirstSession();
        clock.set(Instant.parse("2027-01-20T11:00:00Z"));
        priyaRecordsThatLenaAttended();
        lenaWritesAReflectionAndSharesIt();
        priyaMarksLenaComplete();
        lenaDownloadsHerCertificate();
    }

    /** Lena uses the browser {@link BrowserJourney} starts; Priya gets one of her own. */
    @BeforeEach
    void aBrowserEach() throws IOException {
        lenasBrowser = driver;
        priyasProfile = Files.createTempDirectory("chrome-profile");
        priyasBrowser = HeadlessChromium.start(priyasProfile);
        atLenasComputer();
    }

    /** Closes Priya's browser; {@link BrowserJourney} closes Lena's. */
    @AfterEach
    void closePriyasBrowser() throws IOException {
        driver = lenasBrowser;
        HeadlessChromium.quit(priyasBrowser, priyasProfile);
    }

    private void atLenasComputer() {
        use(lenasBrowser);
    }

    private void atPriyasComputer() {
        use(priyasBrowser);
    }

    /** What the journey's helpers (and a failure's screenshot) work with from now on. */
    private void use(WebDriver browser) {
        driver = browser;
        wait = new WebDriverWait(browser, WAIT, LOOK);
    }

    /** Looks every tenth of a second, not every half: the journey has many short waits for Vaadin. */
    @Override
    protected <T> T waitUntil(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT, LOOK).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> what + " on " + driver.getCurrentUrl()).until(condition);
    }

    // --- The story -----------------------------------------------------------------------------------

    /** 1. Lena reads about the demo run and applies, with the keyboard only. */
    private void lenaAppliesWithABursaryRequestUsingTheKeyboard() {
        open("/learning");
        signIn(LENA);
        waitForHeading("The learning programme");
        assertThat(mainText()).contains(RUN, "Our Core Principles", "Recognise and address power imbalances");
        click(By.xpath("//vaadin-button[@aria-label=" + literal("Apply to join " + RUN) + "]"));
        waitForHeading("Apply to " + RUN);

        // From the heading on, as someone who does not use a mouse: Tab to each field, type, and send with Enter.
        click(By.xpath("//main//h1"));
        tabTo(labelled("vaadin-radio-group", "How are you taking part?"), "the first way of taking part");
        press(Keys.ARROW_DOWN);
        waitUntil("'Researcher' chosen with the arrow key",
                d -> "true".equals(radio("How are you taking part?", "Researcher").getDomProperty("checked")));
        tabTo(labelled(FIELDS, "Your partnership or project"), "the partnership field");
        type("Liceria University with Riverside Community Trust: a food poverty study co-designed with residents.");
        tabTo(labelled(FIELDS, "What do you hope to learn?"), "the hopes field");
        type("How to share decisions with community researchers and pay them fairly.");
        tabTo(labelled(FIELDS, "Anything that would help you take part (optional)"), "the access needs field");
        type("Slides a day in advance, please.");
        String bursary = "//vaadin-checkbox[normalize-space(label)="
                + literal("Fees or expenses would stop me taking part: I would like to ask for a bursary") + "]";
        tabTo(bursary, "the bursary checkbox");
        press(Keys.SPACE);
        waitUntil("the bursary amount asked for", d -> d.findElements(By.xpath(labelled(MONEY,
                "How much do you need, in pounds?"))).stream().anyMatch(WebElement::isDisplayed));
        tabTo(labelled(MONEY, "How much do you need, in pounds?"), "the bursary amount");
        type("120");
        tabTo(labelled(FIELDS, "What would the bursary pay for?"), "what the bursary pays for");
        type("Travel to the showcase and a day away from my teaching.");
        tabTo("//vaadin-button[normalize-space()='Send my application']", "the send button");
        screenshot("learning-01a-lena-fills-in-her-application.png");
        press(Keys.ENTER);

        waitForHeading("Your application to " + RUN);
        waitForText(".praxis-status", "Sent, waiting for a decision");
        assertThat(mainText()).contains("Researcher", "a food poverty study", "Slides a day in advance",
                "Asked for: £120.00", "Travel to the showcase");
        assertThat(driver.getCurrentUrl()).matches(".*/learning/applications/[0-9a-fA-F-]{36}$");
        screenshot("learning-01b-lena-sent-her-application.png");
    }

    /** 2. Priya finds Lena's application among those waiting, selects her and grants the bursary. */
    private void priyaSelectsLenaAndGrantsTheBursary() {
        atPriyasComputer();
        open("/");
        signIn(PRIYA);
        openFromMenu("Programme applications");
        waitForHeading("Programme applications");
        click(By.xpath("//vaadin-grid-cell-content//a[normalize-space()=" + literal(LENA_NAME) + "]"));
        waitForHeading("Application from " + LENA_NAME + " to " + RUN);
        assertThat(mainText()).contains("Asked for: £120.00", "Travel to the showcase");

        pick("Decision", "Select for the programme");
        fillField("Reason, in words the applicant will read", "Welcome! We look forward to learning with you.");
        clickButton("Record decision");
        waitForText(".praxis-status", "Selected");

        pick("Bursary", "Grant a bursary");
        assertThat(reach(By.xpath(labelled(MONEY, "Amount granted, in pounds") + "//input")).getDomProperty("value"))
                .isEqualTo("120.00");
        clickButton("Record bursary decision");
        waitForText("main", "Granted: £120.00.");
        screenshot("learning-02-priya-selected-lena.png");
    }

    /** 3. Lena is told she is selected, with a bursary; she registers for the first session of her run. */
    private void lenaRegistersForTheFirstSession() {
        atLenasComputer();
        String selected = "Good news: you have been selected for " + RUN + ". Welcome to the programme.";
        openInboxUntilItShows(selected);
        assertThat(inbox()).containsOnlyOnce(selected, "Your bursary of £120.00 has been granted.");
        screenshot("learning-03a-lenas-inbox.png");
        openNotice(selected);
        waitForHeading("Your application to " + RUN);
        waitForText(".praxis-status", "Selected");
        assertThat(mainText()).contains("Welcome! We look forward to learning with you.", "Granted: £120.00.");

        openFromMenu("Learning sessions");
        waitForHeading("Learning sessions");
        click(By.xpath("//vaadin-grid-cell-content//a[normalize-space()=" + literal(SESSION) + "]"));
        waitForHeading(SESSION);
        assertThat(mainText()).contains("Facilitated by Priya Shah", "Join the session online (opens in a new tab)");
        clickButton("Register for this session");
        waitForText("main p", "You are registered for this session.");
        screenshot("learning-03b-lena-registered.png");
    }

    /** 4. On the day, during the session, Priya ticks Lena as having attended. */
    private void priyaRecordsThatLenaAttended() {
        atPriyasComputer();
        openFromMenu("Learning sessions");
        waitForHeading("Learning sessions");
        click(By.xpath("//vaadin-grid-cell-content//a[normalize-space()=" + literal(SESSION) + "]"));
        waitForHeading(SESSION);
        tick(LENA_NAME + " (registered)");
        waitForText("vaadin-notification-card", LENA_NAME + " is marked as attended.");
        screenshot("learning-04-priya-recorded-attendance.png");
    }

    /** 5. Lena writes about what she learned, and shares it with the programme team. */
    private void lenaWritesAReflectionAndSharesIt() {
        atLenasComputer();
        openFromMenu("My learning log");
        waitForHeading("My learning log");
        fillField("Your reflection on " + SESSION, "Paying community researchers properly starts with budgeting "
                + "for it from the first draft of a bid. I will bring this to our next partnership meeting.");
        tick("Share this reflection with the programme team");
        clickButton("Save reflection");
        waitForText("main", "Shared with the programme team.");
        screenshot("learning-05-lena-wrote-a-reflection.png");
    }

    /** 6. Priya sees Lena's attendance and shared reflection beside the button, and marks her complete. */
    private void priyaMarksLenaComplete() {
        atPriyasComputer();
        openFromMenu("Programme participants");
        waitForHeading("Programme participants");
        String mark = "Mark " + LENA_NAME + " as having completed the programme";
        reach(By.xpath("//vaadin-button[@aria-label=" + literal(mark) + "]"));
        assertThat(gridCells()).contains(LENA_NAME, "Researcher", "1")
                .anyMatch(cell -> cell.startsWith("One reflection, one shared"));
        click(By.xpath("//vaadin-button[@aria-label=" + literal(mark) + "]"));
        waitForText("vaadin-notification-card", LENA_NAME + " is marked as complete; their certificate is ready.");
        waitUntil("the certificate issued", d -> gridCells().stream().anyMatch(cell -> cell.startsWith("Issued on")));
        screenshot("learning-06-priya-marked-lena-complete.png");
    }

    /** 7. Lena is told she has completed the programme, and downloads her certificate: a PDF. */
    private void lenaDownloadsHerCertificate() {
        atLenasComputer();
        String completed = "Congratulations: you have completed " + RUN + ". Your certificate is ready to download.";
        openInboxUntilItShows(completed);
        assertThat(inbox()).containsOnlyOnce(completed);
        openNotice(completed);
        waitForHeading("My certificates");
        WebElement download = reach(By.xpath("//main//a[normalize-space()="
                + literal("Download your certificate for " + RUN + " (PDF)") + "]"));
        screenshot("learning-07-lena-has-her-certificate.png");
        Object fetched = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(response => response.arrayBuffer().then(body => done(
                        response.status + ' ' + response.headers.get('content-type') + ' '
                        + String.fromCharCode(...new Uint8Array(body.slice(0, 5))))))
                    .catch(problem => done('failed: ' + problem));""", download.getDomProperty("href"));
        assertThat(String.valueOf(fetched)).startsWith("200 application/pdf").endsWith("%PDF-");
    }

    // --- Doing things --------------------------------------------------------------------------------

    /** Chooses an option of a radio group, scrolled to first as a person would (the decisions are far down). */
    private void pick(String groupLabel, String option) {
        WebElement radio = reach(By.xpath(labelled("vaadin-radio-group", groupLabel)
                + "//vaadin-radio-button[normalize-space(label)=" + literal(option) + "]"));
        click(radio.findElement(By.tagName("input")));
        waitUntil("'" + option + "' chosen", d -> "true".equals(radio(groupLabel, option).getDomProperty("checked")));
    }

    /** Ticks a checkbox found by its label, scrolled to first. */
    private void tick(String label) {
        WebElement checkbox = reach(By.xpath("//vaadin-checkbox[normalize-space(label)=" + literal(label) + "]"));
        click(checkbox.findElement(By.tagName("input")));
        waitUntil("'" + label + "' ticked", d -> "true".equals(checkbox.getDomProperty("checked")));
    }

    // --- The keyboard --------------------------------------------------------------------------------

    /** Presses Tab once, as a keyboard user does, and checks that the focus is now in the given component. */
    private void tabTo(String componentXPath, String what) {
        press(Keys.TAB);
        waitUntil("the focus on " + what + " after one Tab", d -> d.findElements(By.xpath(componentXPath)).stream()
                .anyMatch(component -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return arguments[0].contains(document.activeElement)", component))));
    }

    /** Presses a key where the focus is. */
    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        waitForVaadin();
    }

    /** Types where the focus is. */
    private void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    // --- Pages ---------------------------------------------------------------------------------------

    /** Opens a page the way a person does: from the side menu. */
    private void openFromMenu(String label) {
        reach(By.xpath("//vaadin-side-nav-item[normalize-space()=" + literal(label) + "]")).click();
        waitForVaadin();
    }

    /**
     * Opens the inbox from the bell in the header, as a person does. Notices are delivered just after the
     * change that caused them; if this one is not there yet, the page is reloaded until it is (bounded).
     */
    private void openInboxUntilItShows(String notice) {
        click(By.cssSelector("vaadin-button.praxis-notification-bell"));
        waitForHeading("Your inbox");
        Instant deadline = Instant.now().plus(WAIT);
        while (!inbox().contains(notice)) {
            assertThat(Instant.now()).as("waited %s for the notice '%s' in the inbox", WAIT, notice).isBefore(deadline);
            driver.navigate().refresh();
            waitForVaadin();
            waitForHeading("Your inbox");
        }
    }

    /** The notices in the inbox, newest first, as they read. */
    private List<String> inbox() {
        return driver.findElements(By.xpath(INBOX + "//a")).stream().map(this::text).map(String::strip).toList();
    }

    /** Opens a notice in the inbox: it leads to what it is about. */
    private void openNotice(String notice) {
        click(By.xpath(INBOX + "//a[normalize-space()=" + literal(notice) + "]"));
    }

    /** The texts of the grid's cells (this story's grids have one row: Lena's). */
    private List<String> gridCells() {
        return driver.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().map(this::text)
                .map(String::strip).toList();
    }
}
