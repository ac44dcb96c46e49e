package org.peerplanner.web.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver, started headless with a throw-away profile.
 *
 * <p>Both paths are given explicitly ({@code CHROME_BIN}, {@code CHROMEDRIVER}), so Selenium Manager is
 * never asked to find or download a browser or driver: there is no network besides package registries.
 * The browser tests are skipped when {@code PLANNER_E2E=false} or when either file is missing; when both
 * are there and the browser still does not start, that is an error, not a skip.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String DEFAULT_CHROME = "/usr/bin/chromium";
    static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

    /**
     * The tests use plain WebDriver, never the DevTools protocol, and Debian's Chromium is usually newer than
     * the CDP versions this Selenium release bundles: its "Unable to find CDP implementation" warnings are noise.
     * Held in a field because java.util.logging forgets the level of a logger nobody references.
     */
    private static final List<Logger> QUIET_CDP_LOGGERS = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts the browser, or aborts the calling {@code @BeforeAll} with the reason; the whole class is then
     * skipped before Spring starts the app. The reason is printed too, because Maven reports a class skipped
     * this way only as "Tests run: 0".
     */
    static HeadlessChromium startOrSkip() {
        Path chrome = Path.of(env("CHROME_BIN", DEFAULT_CHROME));
        Path chromedriver = Path.of(env("CHROMEDRIVER", DEFAULT_DRIVER));
        String skip = reasonToSkip(chrome, chromedriver);
        if (skip != null) {
            System.err.println("[e2e] browser tests skipped: " + skip);
            Assumptions.abort(skip);
        }
        return start(chrome, chromedriver);
    }

    private static String reasonToSkip(Path chrome, Path chromedriver) {
        if ("false".equalsIgnoreCase(env("PLANNER_E2E", ""))) {
            return "PLANNER_E2E=false";
        }
        if (!Files.isExecutable(chrome)) {
            return "no Chromium at " + chrome + " (apt-get install chromium, or set CHROME_BIN)";
        }
        if (!Files.isExecutable(chromedriver)) {
            return "no chromedriver at " + chromedriver + " (apt-get install chromium-driver, or set CHROMEDRIVER)";
        }
        return null;
    }

    private static HeadlessChromium start(Path chrome, Path chromedriver) {
        QUIET_CDP_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
        // belt and braces: Selenium reads this before it would ever consider Selenium Manager
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.toString());
        Path profile = temporaryProfile();
        var options = new ChromeOptions();
        options.setBinary(chrome.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--user-data-dir=" + profile);
        // the console, so tests can check that no page breaks the Content-Security-Policy
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort()
                .build();
        try {
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new HeadlessChromium(driver, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw new IllegalStateException("Chromium (" + chrome + ") and chromedriver (" + chromedriver
                    + ") are installed but the browser did not start; set PLANNER_E2E=false to skip the browser tests", e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("planner-e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a left-over folder in the temp directory does no harm
        }
    }
}
