package org.peerplanner.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a person sees in a real browser: headless Chromium, driven by Selenium, against the running
 * demo app. Skipped when the browser is not there (see {@link HeadlessChromium}), so {@code ./mvnw verify}
 * passes on a machine without Chromium; CI installs it and runs these for real.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class BrowserJourneyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String WRONG_PASSWORD = "The email or password is not right";

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;

    @RegisterExtension
    static final FailureEvidence evidence = new FailureEvidence(() -> browser);

    @LocalServerPort
    int port;

    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.startOrSkip();
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void signedOut() {
        wait = new WebDriverWait(browser, PATIENCE);
        // the browser stays on the app between tests, so this drops the previous test's session cookie
        if (browser.getCurrentUrl().startsWith("http")) {
            browser.manage().deleteAllCookies();
        }
    }

    @Test
    void signingInNeedsTheRightPasswordAndLeadsBackToThePageAskedFor() {
        open("/gaps");
        wait.until(urlContains("/login"));
        assertThat(loginForm().getText()).doesNotContain(WRONG_PASSWORD);

        submitSignIn("maria@example.com", "not-her-password");
        wait.until(urlContains("/login?error"));
        wait.until(d -> loginForm().getText().contains(WRONG_PASSWORD));

        submitSignIn("maria@example.com", WebFixtures.PASSWORD);
        wait.until(urlContains("/gaps"));
        visible(By.xpath("//h2[normalize-space()='Knowledge gaps · Payments Platform']"));

        visible(By.xpath("//vaadin-side-nav-item[normalize-space()='Home']")).click();
        visible(By.xpath("//h2[normalize-space()='Hello, Maria']"));
        assertThat(visible(By.id("team-rhythm")).getText()).startsWith("Payments Platform meets Tuesdays");
    }

    @Test
    void aManagerLogsAKnowledgeGapAndSeesIt() {
        signInAs("maria@example.com");
        open("/gaps");
        visible(By.xpath("//vaadin-grid[@id='gap-board']//*[normalize-space()='Kafka consumer groups and rebalancing']"));

        visible(By.xpath("//vaadin-button[normalize-space()='Log a gap']")).click();
        String title = "Browser-logged gap " + UUID.randomUUID().toString().substring(0, 8);
        visible(By.xpath("//vaadin-text-field[label[normalize-space()='Title']]//input")).sendKeys(title);
        visible(By.xpath("//vaadin-select[label[normalize-space()='Where it came from']]")).click();
        visibleAmong(By.xpath("//vaadin-select-item[normalize-space()='Retrospective']")).click();
        visible(By.xpath("//vaadin-button[normalize-space()='Log gap']")).click();

        wait.until(textToBePresentInElementLocated(By.id("gap-title"), title));
    }

    @Test
    void aMemberBrowsesTheUpcomingSessionsAndOpensOne() {
        signInAs("jonas@example.com");
        open("/sessions");

        visible(By.xpath("//h3[starts-with(normalize-space(), 'Week of ')]"));
        WebElement firstSession = visible(By.cssSelector(".planner-card a[href*='sessions/']"));
        String title = firstSession.getText();
        assertThat(title).isNotBlank();
        firstSession.click();

        wait.until(textToBePresentInElementLocated(By.id("session-title"), title));
        assertThat(visible(By.id("session-status")).getText()).isNotBlank();
    }

    @Test
    void aPersonWhoDoesNotExistShowsANotFoundNotice() {
        signInAs("maria@example.com");
        open("/people/999999");

        assertThat(visible(By.id("not-found")).getText()).contains("This person was not found");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signInAs(String email) {
        open("/login");
        submitSignIn(email, WebFixtures.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private WebElement loginForm() {
        return visible(By.tagName("vaadin-login-form"));
    }

    private void submitSignIn(String email, String password) {
        WebElement username = visible(By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input"));
        username.clear();
        username.sendKeys(email);
        WebElement passwordField = visible(By.cssSelector("vaadin-login-form vaadin-password-field[name='password'] input"));
        passwordField.clear();
        passwordField.sendKeys(password);
        visible(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    }

    private WebElement visible(By locator) {
        return wait.until(visibilityOfElementLocated(locator));
    }

    /** The one shown element among several matches, e.g. the item of the open select, not of a closed one. */
    private WebElement visibleAmong(By locator) {
        return wait.until(d -> d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }
}
