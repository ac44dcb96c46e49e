package org.peerplanner.web.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import org.peerplanner.opensearch.OpenSearchProcess;

/**
 * One real OpenSearch node per test JVM (planner-opensearch, a child JVM), started on first use and stopped when the
 * JVM ends. Port 9230: the tests' own, away from scripts/opensearch.sh's default 9210.
 */
final class TestOpenSearch {

    static final int PORT = 9230;
    private static OpenSearchProcess shared;

    private TestOpenSearch() {
    }

    static synchronized OpenSearchProcess shared() {
        if (shared == null) {
            Path data = Path.of("target", "opensearch-test-" + ProcessHandle.current().pid());
            shared = OpenSearchProcess.start(PORT, data, Duration.ofMinutes(4));
            // its start on the shared machine says how loaded it was; the report quotes this line
            System.err.printf("[search] OpenSearch node (pid %d) ready at %s in %d ms; its log: %s%n",
                    shared.pid(), shared.uri(), shared.startMillis(), data.resolve("node.log").toAbsolutePath());
        }
        return shared;
    }
}
