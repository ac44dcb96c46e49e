package org.peerplanner.web.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the accessibility rules engine, run in the page the browser shows. The script comes from the
 * {@code com.deque.html.axe-core:selenium} jar on the test class path (nothing is downloaded), and is run through
 * plain WebDriver, so Deque's own Selenium wrapper and its dependencies stay out of the build.
 */
final class Axe {

    /** The WCAG 2.x A and AA rules and axe's best practices: what the issue counts, and the defaults of axe itself. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(result => done(result.violations.map(v => ({
                    rule: v.id,
                    impact: v.impact || 'minor',
                    help: v.help,
                    why: v.nodes.length ? v.nodes[0].failureSummary.replace(/\\s*\\n\\s*/g, ' ') : '',
                    targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' '))
                }))))
                .catch(e => done('axe failed: ' + e));
            """;

    private final String source = load();

    /** What axe finds wrong with the page shown now, inside open shadow roots too. */
    List<Violation> violations(ChromeDriver browser) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.executeScript(source);
        Object answer = browser.executeAsyncScript(RUN);
        if (!(answer instanceof List<?> found)) {
            throw new IllegalStateException(String.valueOf(answer));
        }
        return found.stream().map(Map.class::cast).map(Violation::from).toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One rule broken on a page, why (axe's words for the first place), and where: axe's CSS selectors,
     * {@code >>>} stepping into a shadow root.
     */
    record Violation(String rule, String impact, String help, String why, List<String> targets) {

        boolean seriousOrWorse() {
            return impact.equals("serious") || impact.equals("critical");
        }

        private static Violation from(Map<?, ?> raw) {
            return new Violation((String) raw.get("rule"), (String) raw.get("impact"), (String) raw.get("help"),
                    (String) raw.get("why"), ((List<?>) raw.get("targets")).stream().map(String::valueOf).toList());
        }
    }
}
