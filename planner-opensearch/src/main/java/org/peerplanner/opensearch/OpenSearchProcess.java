package org.peerplanner.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link OpenSearchNode} in a JVM of its own, for tests: only JDK classes here, so a test class path needs this
 * module's jar alone, not OpenSearch's libraries (whose Lucene, Netty and Jackson differ from the app's). The node's
 * class path comes from the {@code node.classpath} file the build writes into the jar.
 */
public final class OpenSearchProcess implements AutoCloseable {

    private final Process process;
    private final int httpPort;
    private final Path log;
    private final long startMillis;

    private OpenSearchProcess(Process process, int httpPort, Path log, long startMillis) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
        this.startMillis = startMillis;
    }

    /** Starts a node on 127.0.0.1:{@code httpPort} (transport on the next port) with its data in {@code dataDir}. */
    public static OpenSearchProcess start(int httpPort, Path dataDir, Duration patience) {
        long started = System.nanoTime();
        if (answers(httpPort)) {
            throw new IllegalStateException("Something already answers on port " + httpPort
                    + "; is a node of an earlier run still alive?");
        }
        try {
            Files.createDirectories(dataDir);
            Path log = dataDir.resolve("node.log");
            String java = ProcessHandle.current().info().command()
                    .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            var command = new ArrayList<>(List.of(java, "-Xms384m", "-Xmx384m", "-XX:+UseSerialGC",
                    "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true", "-cp", classPath(),
                    OpenSearchNode.class.getName(), "--http-port", Integer.toString(httpPort),
                    "--data", dataDir.toAbsolutePath().toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var node = new OpenSearchProcess(process, httpPort, log, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(node::close, "opensearch-node-stop"));
            node.awaitAnswer(patience);
            return new OpenSearchProcess(process, httpPort, log, (System.nanoTime() - started) / 1_000_000);
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
        return startMillis;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitAnswer(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!answers(httpPort)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("The OpenSearch node did not start (" + (process.isAlive()
                        ? "no answer in " + patience : "exit " + process.exitValue()) + "):\n" + logTail());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static boolean answers(int port) {
        try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            var answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/_cluster/health?wait_for_status=yellow&timeout=5s")).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
