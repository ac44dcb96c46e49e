package org.peerplanner.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlToBe;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.security.sso.SignsInThroughTestProvider;
import org.peerplanner.web.security.sso.TestIdentityProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Single sign-on as people meet it in a real browser, against a real provider ({@link TestIdentityProvider}): the
 * login page offers only the company's button (the password form is switched off), a known person signs in at the
 * provider and lands in the app, the provider's administrator group opens the administrators' screens, an unknown
 * person and an unverified email are turned away with the reason, and signing out ends the provider's session too.
 */
@SignsInThroughTestProvider
class SingleSignOnBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static TestIdentityProvider provider;

    @RegisterExtension
    static final BrowserUnderTest chromium = new BrowserUnderTest();

    @Autowired
    WebFixtures fixtures;
    @LocalServerPort
    int port;

    /** The app's address: at 127.0.0.1, as the provider lives at localhost (see {@link TestIdentityProvider}). */
    private String app;

    private ChromeDriver browser;
    private AppPages pages;
    private WebDriverWait wait;

    @BeforeAll
    static void providerRuns() {
        provider = TestIdentityProvider.shared();
    }

    @BeforeEach
    void signedOutEverywhere() {
        app = "http://127.0.0.1:" + port;
        provider.allowApp(app);
        browser = chromium.driver();
        pages = new AppPages(browser, port, PATIENCE);
        wait = pages.await();
        // cookies belong to a host: clear the provider's and the app's
        browser.get(TestIdentityProvider.ISSUER + "/login");
        browser.manage().deleteAllCookies();
        browser.get(app + "/login");
        browser.manage().deleteAllCookies();
    }

    @Test
    void aPersonInTheAdministratorGroupSignsInAndAdministers() {
        String email = fixtures.newMember("Mobile Apps", "Sso Admin Browser");
        provider.addPerson(email, "Sso Admin Browser", true, TestIdentityProvider.ADMIN_GROUP);

        signInAtProvider(email);

        pages.visible(By.tagName("vaadin-side-nav"));
        assertThat(pages.visible(By.id("sign-out")).getText()).contains("Sign out");
        browser.get(app + "/admin/mail");
        assertThat(pages.visible(By.id("outbox-summary")).isDisplayed()).isTrue();
    }

    @Test
    void aPersonOutsideTheGroupSignsInWithoutTheAdministratorsScreens() {
        String email = fixtures.newMember("Mobile Apps", "Sso Member Browser");
        provider.addPerson(email, "Sso Member Browser", true, "engineering");

        signInAtProvider(email);

        pages.visible(By.tagName("vaadin-side-nav"));
        browser.get(app + "/admin/mail");
        pages.visible(By.tagName("vaadin-side-nav"));
        assertThat(browser.findElements(By.id("outbox-summary"))).isEmpty();
    }

    @Test
    void anUnknownPersonIsTurnedAwayWithTheReason() {
        String email = "stranger." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        provider.addPerson(email, "Sso Stranger", true);

        signInAtProvider(email);

        wait.until(urlToBe(app + "/login?sso=unknown_person"));
        assertThat(pages.visible(By.id("sso-refusal")).getText()).contains("nobody in Peer Planner has its email");
    }

    @Test
    void anUnverifiedEmailIsTurnedAwayWithTheReason() {
        String email = fixtures.newMember("Mobile Apps", "Sso Unverified Browser");
        provider.addPerson(email, "Sso Unverified Browser", false);

        signInAtProvider(email);

        wait.until(urlToBe(app + "/login?sso=email_not_verified"));
        assertThat(pages.visible(By.id("sso-refusal")).getText()).contains("has not verified your email address");
    }

    @Test
    void signingOutEndsTheProvidersSessionSoTheNextSignInAsksForThePasswordAgain() {
        String email = fixtures.newMember("Mobile Apps", "Sso Leaver Browser");
        provider.addPerson(email, "Sso Leaver Browser", true);
        signInAtProvider(email);
        closeTheTeamsWelcome();

        pages.visible(By.id("sign-out")).click();

        wait.until(urlToBe(app + "/login"));
        pages.visible(By.id("sso-sign-in")).click();
        wait.until(ExpectedConditions.urlToBe(TestIdentityProvider.ISSUER + "/login"));
        assertThat(pages.visible(By.id("username")).isDisplayed()).isTrue();
    }

    /** A newcomer to the team is first shown its house rules, which cover the page until they close them. */
    private void closeTheTeamsWelcome() {
        By close = By.xpath("//vaadin-button[normalize-space(.)='Thanks, got it']");
        pages.visible(close).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(close));
    }

    /** The login page has the company's button and no password form; the provider's own page takes the password. */
    private void signInAtProvider(String email) {
        browser.get(app + "/login");
        WebElement button = pages.visible(By.id("sso-sign-in"));
        assertThat(button.getText()).isEqualTo("Sign in with Example Corp");
        assertThat(browser.findElements(By.tagName("vaadin-login-form"))).isEmpty();
        button.click();
        wait.until(ExpectedConditions.urlToBe(TestIdentityProvider.ISSUER + "/login"));
        pages.visible(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(app));
    }
}
