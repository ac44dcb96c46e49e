package org.peerplanner.web.e2e;

import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.peerplanner.web.WebFixtures;

/**
 * The running app as the browser tests reach it: opening a page by its path, signing in through the login form,
 * and waiting for what a person would wait for. One per test, so each test has its own patience.
 */
final class AppPages {

    private final ChromeDriver browser;
    private final int port;
    private final WebDriverWait wait;

    AppPages(ChromeDriver browser, int port, Duration patience) {
        this.browser = browser;
        this.port = port;
        this.wait = new WebDriverWait(browser, patience);
    }

    WebDriverWait await() {
        return wait;
    }

    void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    void signInAs(String email) {
        open("/login");
        submitSignIn(email, WebFixtures.PASSWORD);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    WebElement loginForm() {
        return visible(By.tagName("vaadin-login-form"));
    }

    void submitSignIn(String email, String password) {
        WebElement username = visible(By.cssSelector("vaadin-login-form vaadin-text-field[name='username'] input"));
        username.clear();
        username.sendKeys(email);
        WebElement passwordField = visible(By.cssSelector("vaadin-login-form vaadin-password-field[name='password'] input"));
        passwordField.clear();
        passwordField.sendKeys(password);
        WebElement form = loginForm();
        visible(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(d -> isGone(form)); // the form posts and the login page loads anew
    }

    WebElement visible(By locator) {
        return wait.until(visibilityOfElementLocated(locator));
    }

    /** The one shown element among several matches, e.g. the item of the open select, not of a closed one. */
    WebElement visibleAmong(By locator) {
        return wait.until(d -> d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Gone from the page: Chromium also says so as "does not belong to the document", which stalenessOf does not catch. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) { // StaleElementReferenceException is one of these
            return true;
        }
    }
}
