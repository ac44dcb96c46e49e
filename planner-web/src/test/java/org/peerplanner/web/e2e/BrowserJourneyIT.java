package org.peerplanner.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.time.Duration;
import java.util.UUID;
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

    @RegisterExtension
    static final BrowserUnderTest chromium = new BrowserUnderTest();

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private AppPages pages;
    private WebDriverWait wait;

    @BeforeEach
    void signedOut() {
        browser = chromium.driver();
        pages = new AppPages(browser, port, PATIENCE);
        wait = pages.await();
        // the browser stays on the app between tests, so this drops the previous test's session cookie
        if (browser.getCurrentUrl().startsWith("http")) {
            browser.manage().deleteAllCookies();
        }
    }

    @Test
    void signingInNeedsTheRightPasswordAndLeadsBackToThePageAskedFor() {
        pages.open("/gaps");
        wait.until(urlContains("/login"));
        assertThat(pages.loginForm().getText()).doesNotContain(WRONG_PASSWORD);

        pages.submitSignIn("maria@example.com", "not-her-password");
        wait.until(urlContains("/login?error"));
        wait.until(d -> pages.loginForm().getText().contains(WRONG_PASSWORD));

        pages.submitSignIn("maria@example.com", WebFixtures.PASSWORD);
        wait.until(urlContains("/gaps"));
        pages.visible(By.xpath("//h2[normalize-space()='Knowledge gaps · Payments Platform']"));

        pages.visible(By.xpath("//vaadin-side-nav-item[normalize-space()='Home']")).click();
        pages.visible(By.xpath("//h2[normalize-space()='Hello, Maria']"));
        assertThat(pages.visible(By.id("team-rhythm")).getText()).startsWith("Payments Platform meets Tuesdays");
    }

    @Test
    void aManagerLogsAKnowledgeGapAndSeesIt() {
        pages.signInAs("maria@example.com");
        pages.open("/gaps");
        pages.visible(By.xpath("//vaadin-grid[@id='gap-board']//*[normalize-space()='Kafka consumer groups and rebalancing']"));

        pages.visible(By.xpath("//vaadin-button[normalize-space()='Log a gap']")).click();
        String title = "Browser-logged gap " + UUID.randomUUID().toString().substring(0, 8);
        pages.visible(By.xpath("//vaadin-text-field[label[normalize-space()='Title']]//input")).sendKeys(title);
        pages.visible(By.xpath("//vaadin-select[label[normalize-space()='Where it came from']]")).click();
        pages.visibleAmong(By.xpath("//vaadin-select-item[normalize-space()='Retrospective']")).click();
        pages.visible(By.xpath("//vaadin-button[normalize-space()='Log gap']")).click();

        wait.until(textToBePresentInElementLocated(By.id("gap-title"), title));
    }

    @Test
    void aMemberBrowsesTheUpcomingSessionsAndOpensOne() {
        pages.signInAs("jonas@example.com");
        pages.open("/sessions");

        pages.visible(By.xpath("//h3[starts-with(normalize-space(), 'Week of ')]"));
        WebElement firstSession = pages.visible(By.cssSelector(".planner-card a[href*='sessions/']"));
        String title = firstSession.getText();
        assertThat(title).isNotBlank();
        firstSession.click();

        wait.until(textToBePresentInElementLocated(By.id("session-title"), title));
        assertThat(pages.visible(By.id("session-status")).getText()).isNotBlank();
    }

    @Test
    void aPersonWhoDoesNotExistShowsANotFoundNotice() {
        pages.signInAs("maria@example.com");
        pages.open("/people/999999");

        assertThat(pages.visible(By.id("not-found")).getText()).contains("This person was not found");
    }
}
