package org.peerplanner.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server the tests start in a JVM of their own and wait for until an address answers 200: the OpenSearch node
 * ({@link OpenSearchProcess}) and planner-web's test identity provider. Only JDK classes, like the rest of what this
 * module gives the tests. Its output goes to a log file, whose end is in the exception when it does not start; it
 * stops with the test JVM at the latest.
 */
public final class ChildServer implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    private final Duration stopGrace;
    private final long startMillis;

    private ChildServer(String name, Process process, Path log, Duration stopGrace, long startMillis) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopGrace = stopGrace;
        this.startMillis = startMillis;
    }

    /** What to start and how to know it is up. */
    public record Launch(String name, List<String> command, Path log, URI ready, Duration patience, Duration poll,
            Duration stopGrace) {
    }

    /**
     * Starts the command, its output to the log, and returns once {@code ready} answers 200; refuses when something
     * answers there already (a server of an earlier run still alive, most likely).
     */
    public static ChildServer start(Launch launch) {
        long started = System.nanoTime();
        if (answers(launch.ready())) {
            throw new IllegalStateException("Something already answers at " + launch.ready() + "; is a "
                    + launch.name() + " of an earlier run still alive?");
        }
        try {
            Process process = new ProcessBuilder(launch.command()).redirectErrorStream(true)
                    .redirectOutput(launch.log().toFile()).start();
            var starting = new ChildServer(launch.name(), process, launch.log(), launch.stopGrace(), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(starting::close, launch.name() + "-stop"));
            starting.awaitAnswer(launch);
            return new ChildServer(launch.name(), process, launch.log(), launch.stopGrace(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the " + launch.name(), e);
        }
    }

    /** Whether the address answers 200 within a few seconds. */
    public static boolean answers(URI address) {
        try (var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            var answer = http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The JVM the server is java, from {@code java.home} of the JVM running this. */
    public static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    public long pid() {
        return process.pid();
    }

    /** How long the start took until the server answered. */
    public long startMillis() {
        return startMillis;
    }

    /** The server's CPU time so far: on a shared machine it says more than the wall time. */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(stopGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitAnswer(Launch launch) {
        long deadline = System.nanoTime() + launch.patience().toNanos();
        while (!answers(launch.ready())) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("The " + name + " did not start (" + (process.isAlive()
                        ? "no answer in " + launch.patience() : "exit " + process.exitValue()) + "):\n" + logTail());
            }
            try {
                Thread.sleep(launch.poll().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
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
