package org.praxis.browser;

import org.praxis.app.PraxisApplication;

import praxis.testsupport.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * The reference story of the reciprocation framework (Liceria University), told through the UI in a
 * real, headless Chromium: Jo asks for help recruiting a first postdoc cohort; Priya, of the programme
 * team, assesses the request and chooses two suggested routes; Jo offers her "dealing with failure"
 * session in return and both sides accept the agreement; everything is delivered; Jo finds her request
 * fulfilled, Liceria in the community of practice and both sides of the exchange in her statement.
 * {@link org.praxis.LiceriaStorySystemTests} tells the same story through the services.
 *
 * <p>Each person signs in separately, as in real life. The modules react to each other's events
 * asynchronously and the UI does not push, so where a page waits for another module it is reloaded
 * until the result shows, as a person would.
 *
 * <p>Needs Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or the paths in the
 * system properties {@code praxis.browser.binary} / {@code praxis.browser.driver}); nothing is
 * downloaded and the test fails if the browser is missing. Screenshots of each step, and of any
 * failure, go to {@code target/screenshots}. Vaadin's dev tools are off: their popup covers the header.
 */
@SpringBootTest(classes = PraxisApplication.class, webEnvironment = RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
class LiceriaJourneyBrowserTest extends BrowserJourney {

    private static final String JO = "jo@liceria.example";
    private static final String PRIYA = "team@praxis.example";
    private static final String REQUEST = "Help recruiting our first postdoc cohort";
    private static final String GUIDANCE =
            "Guidance on attracting postdocs and on the application and assessment process";
    private static final String TRAIN_THE_TRAINER =
            "Online Train-the-Trainer session for the people who will review applications";
    private static final String SESSION =
            "Dealing with failure: slide deck, facilitator notes and a recorded Train-the-Trainer session";
    private static final String RECORDING = "https://video.liceria.example/dealing-with-failure";

    @Test
    void liceriaAsksForHelpGivesBackAndJoinsTheCommunityOfPractice() {
        String request = joAsksForHelp();
        priyaAssessesTheRequest();
        String agreement = bothSidesAgreeOnWhatLiceriaGivesBack();
        everythingIsDelivered(agreement);
        joSeesTheRequestFulfilledAndLiceriaInTheCommunity(request);
    }

    // --- The story -----------------------------------------------------------------------------------

    /** 1. Jo writes and submits the request; returns the address of its page. */
    private String joAsksForHelp() {
        open("/requests");
        signIn(JO);
        waitForHeading("Your support requests");

        clickButton("New support request");
        waitForHeading("New support request");
        assertThat(fieldValue("Contact name")).isEqualTo("Jo Whitfield");
        fillField("Short title", REQUEST);
        chooseRadio("What do you want to do?", "Run a cohort");
        tickCheckbox("What do you already have?", "Support from senior leaders");
        tickCheckbox("What do you already have?", "Experienced facilitators");
        tickCheckbox("What do you already have?", "Staff time set aside for this");
        tickCheckbox("What do you lack?", "Knowledge of how to do it");
        tickCheckbox("What do you lack?", "Administrative support");
        tickCheckbox("What do you lack?", "Time");
        fillField("Tell us more", "Supportive senior leaders and an experienced facilitator, Jo, who has a new "
                + "session on dealing with failure. We lack knowledge of cohort application processes and have "
                + "no administrative support.");
        typeDate("When do you want to start?", LocalDate.now().plusWeeks(10));
        clickButton("Submit request");

        waitForHeading(REQUEST);
        waitForText(".praxis-status", "Submitted");
        assertThat(driver.getCurrentUrl()).matches(".*/requests/[0-9a-fA-F-]{36}$");
        assertThat(mainText()).contains("Run a cohort", "Knowledge of how to do it, Administrative support, Time",
                "Liceria University");
        screenshot("liceria-01-jo-submitted-the-request.png");
        String page = driver.getCurrentUrl();
        signOut();
        return page;
    }

    /** 2. Priya finds the request among the needs assessments and completes the assessment. */
    private void priyaAssessesTheRequest() {
        signIn(PRIYA);
        openFromMenu("Needs assessments");
        waitForHeading("Needs assessments");
        reloadUntil("the request is waiting for an assessor", d -> linkInGrid(REQUEST) != null);
        openFromGrid(REQUEST);
        waitForHeading("Assess: " + REQUEST);

        choose("Assessor", "Priya Shah");
        clickButton("Assign");
        waitForText(".praxis-status", "Being assessed");

        clickButtonNamed("Use this route: " + GUIDANCE);
        clickButtonNamed("Use this route: " + TRAIN_THE_TRAINER);
        waitUntil("both suggested routes among the decided routes",
                d -> fieldValues("What we will do").equals(List.of(GUIDANCE, TRAIN_THE_TRAINER)));
        fillField("Why these routes", "Liceria has senior support and an experienced facilitator, but no experience "
                + "of cohort applications and little time: ready-made guidance and trained reviewers close that gap. "
                + "Based on recruiting three diverse cohorts.");
        clickButton("Complete the assessment");

        waitForText(".praxis-status", "Assessed");
        assertThat(mainText()).contains("Decided routes", GUIDANCE + " (Tailored guidance, 4 hours)",
                TRAIN_THE_TRAINER + " (Train-the-Trainer, 8 hours)");
        scrollToTop();
        screenshot("liceria-02-priya-completed-the-assessment.png");
    }

    /** 3. The draft agreement appears; Jo adds her session and proposes it; Priya, then Jo, accept it. */
    private String bothSidesAgreeOnWhatLiceriaGivesBack() {
        openFromMenu("Agreements");
        waitForHeading("Agreements");
        reloadUntil("the draft agreement appears", d -> linkInGrid(REQUEST) != null);
        openFromGrid(REQUEST);
        waitForHeading(REQUEST);
        waitForText(".praxis-status", "Draft");
        assertThat(itemTitles()).containsExactly(GUIDANCE, TRAIN_THE_TRAINER);
        String agreement = driver.getCurrentUrl();
        signOut();

        signIn(JO);
        openFromMenu("Agreements");
        waitForHeading("Agreements");
        openFromGrid(REQUEST);
        waitForHeading(REQUEST);
        clickButton("Add something to give back");
        waitForDialog("Add something to give back");
        fillField("Title", SESSION);
        fillField("Details", "A session for postdocs on dealing with failure, with a slide deck, facilitator "
                + "notes and a recorded Train-the-Trainer session, shared with all institutions.");
        choose("What you give back",
                "New materials (slide deck, facilitator notes, a recorded Train-the-Trainer session)");
        choose("Person to remind", "Jo Whitfield (institution lead)");
        fillField("Effort in hours", "10");
        typeDate("Due date", LocalDate.now().plusMonths(4));
        clickDialogButton("Save item");
        waitForDialogToClose();
        waitForText("h3", SESSION);

        clickButton("Propose this agreement");
        waitForText(".praxis-status", "Waiting for acceptance");
        signOut();

        signIn(PRIYA);
        open(agreement);
        waitForHeading(REQUEST);
        clickButton("Accept version 1");
        waitForText("main", "The programme team: accepted by Priya Shah");
        signOut();

        signIn(JO);
        open(agreement);
        waitForHeading(REQUEST);
        clickButton("Accept version 1");
        waitForText(".praxis-status", "Agreed");
        assertThat(mainText()).contains("Version 1 was accepted by both sides.");
        scrollToTop();
        screenshot("liceria-03-both-sides-agreed.png");
        signOut();
        return agreement;
    }

    /** 4. Priya marks the two support items done; Jo delivers and shares her session. */
    private void everythingIsDelivered(String agreement) {
        signIn(PRIYA);
        open(agreement);
        waitForHeading(REQUEST);
        for (String support : List.of(GUIDANCE, TRAIN_THE_TRAINER)) {
            clickButtonNamed("Mark " + support + " as done");
            waitForDialog("Mark as done: " + support);
            fillField("Note", "Delivered online with Liceria’s reviewers.");
            clickDialogButton("Mark as done");
            waitForDialogToClose();
        }
        waitUntil("both support items done", d -> mainText().split("Done by Priya Shah", -1).length - 1 == 2);
        signOut();

        signIn(JO);
        open(agreement);
        waitForHeading(REQUEST);
        clickButtonNamed("Deliver and share " + SESSION);
        waitForDialog("Deliver and share: " + SESSION);
        fillField("Note", "Shared with all institutions.");
        fillField("Link title", "Recorded Train-the-Trainer session");
        fillField("Web address", RECORDING);
        clickDialogButton("Add link");
        waitForText("li", "Recorded Train-the-Trainer session – " + RECORDING);
        assertThat(radioChecked("Licence", "Share and adapt, with credit (CC BY 4.0)"))
                .as("CC BY 4.0 is suggested").isTrue();
        assertThat(fieldValue("Credit as")).isEqualTo("Jo Whitfield, Liceria University");
        screenshot("liceria-04a-jo-delivers-her-session.png");
        clickDialogButton("Deliver and share");
        waitForDialogToClose();

        waitForText(".praxis-status", "Fulfilled");
        assertThat(mainText()).contains("Thank you. Liceria University is a member of the community of practice.",
                "Shared under Share and adapt, with credit (CC BY 4.0)", "Credit: Jo Whitfield, Liceria University.");
        assertThat(driver.findElements(By.xpath("//main//a[@href=" + literal(RECORDING) + "]"))).hasSize(1);
        scrollToTop();
        screenshot("liceria-04b-everything-delivered.png");
    }

    /** 5. Jo's request is fulfilled; Liceria is in the community of practice; her statement shows both sides. */
    private void joSeesTheRequestFulfilledAndLiceriaInTheCommunity(String request) {
        openFromMenu("Support requests");
        waitForHeading("Your support requests");
        openFromGrid(REQUEST);
        waitUntil("the page of Jo's request", d -> d.getCurrentUrl().equals(request));
        reloadUntil("the request is fulfilled", d -> textOf(".praxis-status").contains("Fulfilled"));
        waitForHeading(REQUEST);
        assertThat(mainText()).contains("Everything agreed has been delivered. Thank you: your institution is part "
                + "of the community of practice.");
        assertThat(timeline()).containsSubsequence("Draft started", "Submitted to the programme team",
                "An assessor started looking at your request", "The programme team decided how to support you",
                "Both sides accepted the agreement", "Delivery started", "Everything agreed was delivered");
        screenshot("liceria-05a-jo-request-fulfilled.png");

        openFromMenu("Community of practice");
        waitForHeading("Community of practice");
        reloadUntil("Liceria is a member", d -> textOf("main h2").contains("Liceria University"));
        assertThat(mainText()).contains(SESSION + " – New materials");
        screenshot("liceria-05b-community-of-practice.png");

        openFromMenu("Ledger");
        waitForHeading("Statement: Liceria University");
        assertThat(mainText()).contains("Member of the community of practice since");
        assertThat(card("Support received")).contains("2 items, 12 hours", "Still to come: no items");
        assertThat(card("Given back")).contains("1 item, 10 hours", "Still to come: no items");
        assertThat(card("Balance")).contains("2 hours more received than given back");
        waitUntil("every exchange listed", d -> gridUnder("Every exchange").containsAll(
                List.of(GUIDANCE, TRAIN_THE_TRAINER, SESSION)));
        screenshot("liceria-05c-jo-statement.png");
    }

    // --- People and pages ----------------------------------------------------------------------------

    /** Opens a page the way a person does: from the side menu. */
    private void openFromMenu(String label) {
        reach(By.xpath("//vaadin-side-nav-item[normalize-space()=" + literal(label) + "]")).click();
        waitForVaadin();
    }

    /** Opens the page a grid row links to, by the link's text. */
    private void openFromGrid(String linkText) {
        click(By.xpath("//vaadin-grid-cell-content//a[normalize-space()=" + literal(linkText) + "]"));
    }

    /**
     * Scrolls the app layout's content back to the top. A view that redraws itself after an action stays
     * scrolled where the button was, so the new status is out of sight; a person scrolls back up to see it.
     */
    private void scrollToTop() {
        ((JavascriptExecutor) driver).executeScript("const layout = document.querySelector('vaadin-app-layout');"
                + "const content = layout && layout.shadowRoot"
                + " && layout.shadowRoot.querySelector('[part~=\"content\"]');"
                + "if (content) { content.scrollTop = 0; } window.scrollTo(0, 0);");
    }

    // --- Doing things --------------------------------------------------------------------------------

    /** A button found by its accessible name, for buttons whose visible text repeats ("Mark as done"). */
    private void clickButtonNamed(String ariaLabel) {
        click(By.xpath("//vaadin-button[@aria-label=" + literal(ariaLabel) + "]"));
    }

    private void clickDialogButton(String text) {
        click(By.xpath(OPEN_DIALOG + "//vaadin-button[normalize-space()=" + literal(text) + "]"));
    }

    // --- Reading the page ----------------------------------------------------------------------------

    private static final String OPEN_DIALOG = "//*[(self::vaadin-dialog or self::vaadin-dialog-overlay) and @opened]";
    private static final String OPEN_DIALOG_CSS = "vaadin-dialog[opened], vaadin-dialog-overlay[opened]";

    private List<String> fieldValues(String label) {
        return driver.findElements(By.xpath(labelled(FIELDS, label) + "//input")).stream()
                .map(input -> input.getDomProperty("value")).toList();
    }

    private boolean radioChecked(String groupLabel, String option) {
        return "true".equals(radio(groupLabel, option).getDomProperty("checked"));
    }

    /** A link in a grid row by its exact text, or null while the grid does not show it. */
    private WebElement linkInGrid(String text) {
        return driver.findElements(By.xpath("//vaadin-grid-cell-content//a[normalize-space()=" + literal(text) + "]"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
    }

    /** The text of the card headed with this title. */
    private String card(String heading) {
        return text(driver.findElement(By.xpath("//main//*[contains(concat(' ', @class, ' '), ' praxis-card ')]"
                + "[h2[normalize-space()=" + literal(heading) + "]]")));
    }

    /** The cells of the grid that follows a heading. */
    private List<String> gridUnder(String heading) {
        return driver.findElements(By.xpath("//h2[normalize-space()=" + literal(heading)
                + "]/following-sibling::vaadin-grid[1]/vaadin-grid-cell-content")).stream().map(this::text).toList();
    }

    private List<String> itemTitles() {
        return driver.findElements(By.cssSelector(".praxis-item h3")).stream().map(this::text).toList();
    }

    private List<String> timeline() {
        return driver.findElements(By.cssSelector(".praxis-timeline > li")).stream()
                .map(item -> text(item).replaceFirst("^.*? – ", "").lines().findFirst().orElse("")).toList();
    }

    private String textOf(String css) {
        return String.join("\n", driver.findElements(By.cssSelector(css)).stream().map(this::text).toList());
    }

    // --- Waiting -------------------------------------------------------------------------------------

    private void waitForDialog(String title) {
        waitUntil("a dialog titled '" + title + "'", d -> d.findElements(By.xpath(OPEN_DIALOG))
                .stream().anyMatch(dialog -> text(dialog).contains(title)));
    }

    private void waitForDialogToClose() {
        new WebDriverWait(driver, WAIT).withMessage(() -> "the dialog to close; it says: " + textOf(OPEN_DIALOG_CSS))
                .until(d -> d.findElements(By.xpath(OPEN_DIALOG)).isEmpty());
        waitForVaadin();
    }

    /**
     * For what another module does after an event: reloads the page, as a person would, until it shows
     * the result. Each look waits a few seconds for the page to settle; the whole wait is bounded.
     */
    private void reloadUntil(String what, Function<WebDriver, Boolean> shows) {
        Instant deadline = Instant.now().plus(WAIT);
        WebDriverWait look = new WebDriverWait(driver, Duration.ofSeconds(3), Duration.ofMillis(250));
        while (true) {
            try {
                look.until(shows);
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                assertThat(Instant.now()).as("waited %s for %s on %s", WAIT, what, driver.getCurrentUrl())
                        .isBefore(deadline);
                driver.navigate().refresh();
                waitForVaadin();
            }
        }
    }

    // --- Browser -------------------------------------------------------------------------------------

}
