package org.praxis.browser;

import org.praxis.app.PraxisApplication;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import praxis.testsupport.BrowserJourney;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
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
 * Screenshots go to {@code target/screenshots}, including one for any failure ({@link BrowserJourney}).
 *
 * <p>Vaadin runs in dev mode here; its dev tools (Copilot) are switched off because their
 * "running in development mode" popup covers the header and would swallow the click on "Sign out".
 */
@SpringBootTest(classes = PraxisApplication.class, webEnvironment = RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
class SupportRequestJourneyBrowserTest extends BrowserJourney {

    private static final String LEAD = "jo@liceria.example";
    private static final String TEAM = "team@praxis.example";

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
        assertThat(fieldValue("Contact name")).isEqualTo("Jo Whitfield");
        assertThat(fieldValue("Contact email")).isEqualTo(LEAD);

        fillField("Short title", title);
        chooseRadio("What do you want to do?", "Run a cohort");
        tickCheckbox("What do you lack?", "Administrative support");
        tickCheckbox("What do you lack?", "Time");
        fillField("Tell us more", "We have a group of twelve postdocs ready to start, but nobody to run it.");
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
}
