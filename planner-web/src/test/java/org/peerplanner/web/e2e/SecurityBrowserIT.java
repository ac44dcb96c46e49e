package org.peerplanner.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The security fixes as a person (or an attacker) meets them in a real browser: the sign-in lock, a forged sign-in
 * from another site, an oversized upload, addresses that name nothing, and a Content-Security-Policy that no
 * screen breaks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class SecurityBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String LOCKED = "Too many failed sign-ins";
    private static final String WRONG_PASSWORD = "The email or password is not right";
    private static final long MB = 1024 * 1024;

    @RegisterExtension
    static final BrowserUnderTest chromium = new BrowserUnderTest();

    @LocalServerPort
    int port;
    @Autowired
    WebFixtures fixtures;

    private ChromeDriver browser;
    private AppPages pages;
    private WebDriverWait wait;

    @BeforeEach
    void signedOut() {
        browser = chromium.driver();
        pages = new AppPages(browser, port, PATIENCE);
        wait = pages.await();
        // on the app's own origin first: a test that ended on the browser's error page would keep its cookies
        pages.open("/login");
        browser.manage().deleteAllCookies();
    }

    // 1. sign-in lock

    @Test
    void anotherSpellingOfTheEmailDoesNotGetPastTheLockAndUnknownEmailsLockAlike() {
        String email = fixtures.newMember("Mobile Apps", "Lukas Browser");
        pages.open("/login");
        for (int i = 0; i < 5; i++) {
            pages.submitSignIn(email, "guess-" + i);
            wait.until(d -> pages.loginForm().getText().contains(WRONG_PASSWORD));
        }

        pages.submitSignIn(email.replaceFirst("u", "ú"), WebFixtures.PASSWORD);
        wait.until(d -> pages.loginForm().getText().contains(WRONG_PASSWORD));
        assertThat(browser.getCurrentUrl()).contains("/login");

        pages.submitSignIn(email, WebFixtures.PASSWORD);
        wait.until(urlContains("/login?locked"));
        String lockedAnswer = wait.until(d -> pages.loginForm().getText().contains(LOCKED) ? pages.loginForm().getText() : null);

        String nobody = "nobody." + email;
        for (int i = 0; i < 6; i++) {
            pages.submitSignIn(nobody, "guess-" + i);
        }
        wait.until(urlContains("/login?locked"));
        String unknownAnswer = wait.until(d -> pages.loginForm().getText().contains(LOCKED) ? pages.loginForm().getText() : null);
        assertThat(unknownAnswer)
                .as("an unknown email answers exactly like a locked account").isEqualTo(lockedAnswer);
    }

    // 2. sign-in CSRF

    @Test
    void aSignInFormPostedFromAnotherSiteDoesNotSignTheBrowserIn() {
        String attackerPage = "<form method='post' action='http://localhost:" + port + "/login'>"
                + "<input name='username' value='jonas@example.com'><input name='password' value='"
                + WebFixtures.PASSWORD + "'></form><script>document.forms[0].submit()</script>";
        browser.get("data:text/html;charset=utf-8," + URLEncoder.encode(attackerPage, StandardCharsets.UTF_8)
                .replace("+", "%20"));
        wait.until(urlContains("localhost:" + port + "/login"));

        pages.open("/people");
        wait.until(urlContains("/login"));
        pages.visible(By.tagName("vaadin-login-form"));
    }

    // 3. oversized upload

    @Test
    void a200MegabyteUploadIsRefusedWithoutFillingTheHeap() throws Exception {
        pages.signInAs("maria@example.com");
        pages.open("/gaps/import");
        WebElement upload = pages.visible(By.tagName("vaadin-upload"));
        long before = liveHeap();
        var sampling = new AtomicBoolean(true);
        var peak = new AtomicLong(before);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(liveHeap(), Math::max);
                sleep(100);
            }
        });

        // what a hostile client does: no browser-side limit, 200 MB of "CSV"
        browser.executeScript("""
                const upload = arguments[0];
                upload.maxFileSize = Infinity;
                upload.accept = '';
                const file = new File([new Uint8Array(200 * 1024 * 1024).fill(65)], 'huge.csv', {type: 'text/csv'});
                upload._addFiles([file]);
                """, upload);
        try {
            wait.until(d -> d.findElement(By.id("import-refusal")).isDisplayed());
        } finally {
            sampling.set(false);
            sampler.join();
        }

        assertThat(browser.findElement(By.id("import-refusal")).getText()).contains("larger than 10 MB");
        long grewBy = peak.get() - before;
        System.out.printf("[e2e] live heap before the upload %d MB, peak during it %d MB (grew %d MB)%n",
                before / MB, peak.get() / MB, grewBy / MB);
        assertThat(grewBy).as("live heap growth while 200 MB arrive").isLessThan(50 * MB);
        assertThat(browser.findElements(By.id("import-preview")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
    }

    // 4. addresses that name nothing

    @Test
    void addressesThatNameNothingSayPageNotFoundInsideTheAppNeverAnException() {
        pages.signInAs("maria@example.com");
        String huge = "99999999999999999999";
        for (String path : List.of("/knowledge/" + huge, "/gaps/" + huge, "/sessions/" + huge, "/people/" + huge,
                "/teams/" + huge, "/knowledge/" + huge + "/history", "/knowledge/edit/" + huge, "/no-such-page",
                "/sessions/not-a-number")) {
            pages.open(path);
            WebElement notFound = pages.visible(By.id("page-not-found"));
            assertThat(notFound.getText()).as(path).contains("Page not found");
            assertThat(pages.visible(By.tagName("vaadin-side-nav")).getText()).as(path + ": the menu is there").contains("Home");
            assertThat(browser.getPageSource()).as(path).doesNotContain("Exception").doesNotContain("java.");
        }
    }

    // 5. Content-Security-Policy

    @Test
    void noScreenBreaksTheContentSecurityPolicy() {
        pages.open("/login");
        pages.visible(By.tagName("vaadin-login-form"));
        List<String> violations = new ArrayList<>(cspViolations("/login"));
        pages.signInAs("maria@example.com");
        for (String path : List.of("/", "/gaps", "/gaps/import", "/sessions", "/plan", "/rota", "/knowledge",
                "/knowledge/stale", "/knowledge/edit", "/action-items", "/team-review", "/people", "/subscriptions",
                "/profile", "/no-such-page")) {
            pages.open(path);
            pages.visible(By.tagName("vaadin-side-nav"));
            sleep(500); // let the screen's own requests and styles load
            violations.addAll(cspViolations(path));
        }
        assertThat(violations).isEmpty();
    }

    private List<String> cspViolations(String path) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .map(m -> path + ": " + m).toList();
    }

    private static long liveHeap() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
