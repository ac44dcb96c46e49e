package org.peerplanner.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Starts {@link OpenSearchNode} in a JVM of its own, for tests: only JDK classes here, so a test class path needs this
 * module's jar alone, not OpenSearch's libraries (whose Lucene, Netty and Jackson differ from the app's). The node's
 * class path comes from the {@code node.classpath} file the build writes into the jar.
 */
public final class OpenSearchProcess implements AutoCloseable {

    private final ChildServer node;
    private final int httpPort;

    private OpenSearchProcess(ChildServer node, int httpPort) {
        this.node = node;
        this.httpPort = httpPort;
    }

    /** Starts a node on 127.0.0.1:{@code httpPort} (transport on the next port) with its data in {@code dataDir}. */
    public static OpenSearchProcess start(int httpPort, Path dataDir, Duration patience) {
        try {
            Files.createDirectories(dataDir);
            var command = List.of(ChildServer.java(), "-Xms384m", "-Xmx384m", "-XX:+UseSerialGC",
                    "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true", "-cp", classPath(),
                    OpenSearchNode.class.getName(), "--http-port", Integer.toString(httpPort),
                    "--data", dataDir.toAbsolutePath().toString());
            URI health = URI.create(
                    "http://127.0.0.1:" + httpPort + "/_cluster/health?wait_for_status=yellow&timeout=5s");
            return new OpenSearchProcess(ChildServer.start(new ChildServer.Launch("OpenSearch node", command,
                    dataDir.resolve("node.log"), health, patience, Duration.ofMillis(250), Duration.ofSeconds(30))),
                    httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the OpenSearch node", e);
        }
    }

    /** The node's address, for {@code hibernate.search.backend.uris}. */
    public String uri() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** How long the start took until the node answered. */
    public long startMillis() {
        return node.startMillis();
    }

    public long pid() {
        return node.pid();
    }

    @Override
    public void close() {
        node.close();
    }

    /** This module's classes (jar or folder) and the libraries named in {@code node.classpath}. */
    private static String classPath() throws IOException {
        try (InputStream in = OpenSearchProcess.class.getResourceAsStream("node.classpath")) {
            if (in == null) {
                throw new IllegalStateException("node.classpath is missing: build planner-opensearch with Maven");
            }
            String libraries = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            Path own = Path.of(OpenSearchProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return own + java.io.File.pathSeparator + libraries;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
