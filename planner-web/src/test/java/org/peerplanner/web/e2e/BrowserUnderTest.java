package org.peerplanner.web.e2e;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium for a browser test class: started before the class (or the class is skipped, see
 * {@link HeadlessChromium#startOrSkip()}), closed after it, and its screen kept when a test fails
 * ({@link FailureEvidence}). Register it as a static {@code @RegisterExtension} field.
 */
final class BrowserUnderTest implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    private HeadlessChromium chromium;
    private final FailureEvidence evidence = new FailureEvidence(() -> chromium == null ? null : chromium.driver());

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = HeadlessChromium.startOrSkip();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        evidence.testFailed(context, cause);
    }

    ChromeDriver driver() {
        return chromium.driver();
    }
}
