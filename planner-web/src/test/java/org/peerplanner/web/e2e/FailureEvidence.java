package org.peerplanner.web.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * When a browser test fails, keeps what the browser showed: a screenshot, the page's HTML and its address
 * in {@code target/e2e-failures}, so a red CI run can be understood without running it again.
 */
final class FailureEvidence implements TestWatcher {

    private static final Path FOLDER = Path.of("target", "e2e-failures");

    private final Supplier<ChromeDriver> browser;

    FailureEvidence(Supplier<ChromeDriver> browser) {
        this.browser = browser;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        ChromeDriver driver = browser.get();
        if (driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(FOLDER);
            Files.write(FOLDER.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(FOLDER.resolve(name + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
            System.err.println("[e2e] " + name + " failed on " + driver.getCurrentUrl() + "; screenshot and HTML in "
                    + FOLDER.toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("[e2e] could not keep the evidence of " + name + ": " + e);
        }
    }
}
