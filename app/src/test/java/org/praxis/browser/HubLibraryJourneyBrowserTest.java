package org.praxis.browser;

import org.praxis.app.PraxisApplication;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import praxis.testsupport.BrowserJourney;
import org.springframework.boot.test.context.SpringBootTest;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

/**
 * The Hub journey in a real, headless Chromium: an admin imports the case studies file (upload,
 * preview, confirm, progress), then searches the library with a facet and opens a result.
 * Browser set-up and helpers: {@link BrowserJourney}; screenshots go to target/screenshots.
 */
@SpringBootTest(classes = PraxisApplication.class, webEnvironment = RANDOM_PORT, properties = "vaadin.devmode.devTools.enabled=false")
class HubLibraryJourneyBrowserTest extends BrowserJourney {

    private static final String ADMIN = "admin@praxis.example";

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
}
