package org.praxis.browser;

import org.praxis.app.PraxisApplication;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
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
        // A wrong password: the form says so, and keeps the email address so only the password is retyped.
        WebElement form = driver.findElement(By.tagName("vaadin-login-form"));
        waitUntil("the email field", d -> form.findElement(By.cssSelector("input[name='username']")).isDisplayed());
        form.findElement(By.cssSelector("input[name='username']")).sendKeys(LEAD);
        form.findElement(By.cssSelector("input[name='password']")).sendKeys("not-the-password");
        form.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitUntil("the sign-in error", d -> d.getCurrentUrl().contains("error"));
        waitForVaadin();
        waitUntil("the email to be kept", d -> LEAD.equals(d.findElement(By.tagName("vaadin-login-form"))
                .findElement(By.cssSelector("input[name='username']")).getDomProperty("value")));
        assertThat(driver.findElement(By.tagName("vaadin-login-form")).getDomAttribute("error")).isNotNull();
        driver.findElement(By.tagName("vaadin-login-form")).findElement(By.cssSelector("input[name='username']"))
                .clear();
        signIn(LEAD);
        waitForHeading("Your support requests");

        // A page for another role, and an address that leads nowhere: plain words inside the frame, a way back.
        open("/requests/queue");
        waitForHeading("This page is not open to you");
        open("/no-such-page");
        waitForHeading("We cannot find that page");
        click(By.linkText("Go back to your home page"));
        waitForHeading("Welcome, Jo Whitfield");
        open("/requests");
        waitForHeading("Your support requests");

        // The skip link comes before the menu button, shows itself on focus, and takes the keyboard to the content.
        ((JavascriptExecutor) driver).executeScript("document.querySelector('vaadin-drawer-toggle').focus()");
        activeElement().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(activeElement().getText()).isEqualTo("Skip to main content");
        assertThat(activeElement().getRect().getY()).isGreaterThanOrEqualTo(0);
        activeElement().sendKeys(Keys.ENTER);
        waitUntil("focus on the main content", d -> "MAIN".equals(activeElement().getTagName().toUpperCase()));

        clickButton("New support request");
        waitForHeading("New support request");

        // Submitting too early: focus moves to the error summary, whose links lead to the fields.
        clickButton("Submit request");
        waitUntil("focus on the error summary",
                d -> String.valueOf(activeElement().getDomAttribute("class")).contains("praxis-problems"));
        assertThat(activeElement().getText()).contains("Give your request a short title.", "Choose what you want to do.");
        WebElement firstLink = activeElement().findElement(By.tagName("a"));
        String titleFieldId = firstLink.getDomAttribute("data-field");
        firstLink.sendKeys(Keys.ENTER);
        waitUntil("focus in the title field", d -> titleFieldId.equals(
                activeElement().findElement(By.xpath("ancestor-or-self::vaadin-text-field")).getDomAttribute("id")));
        assertThat(driver.findElement(By.id(titleFieldId)).getDomAttribute("invalid")).isNotNull();
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

    private WebElement activeElement() {
        return driver.switchTo().activeElement();
    }
}
