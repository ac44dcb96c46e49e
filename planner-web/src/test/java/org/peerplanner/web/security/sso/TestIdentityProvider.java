package org.peerplanner.web.security.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.peerplanner.opensearch.ChildServer;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server
 * ({@link TestIdentityProviderMain}) on {@link #ISSUER}, in a child JVM on the tests' class path. One provider per
 * test JVM, started on first use (a few seconds) and stopped when the JVM ends; the app's test context, cached across
 * test classes, keeps pointing at it.
 *
 * <p>Why a JVM of its own: Vaadin's auto-configuration sets the JVM-wide {@code SecurityContextHolder} strategy to
 * its own when the app's context starts. A provider in the same JVM, configured before that, kept the old strategy
 * in its filters, while Spring Authorization Server's request converters read the JVM-wide one: the authorization
 * endpoint saw no signed-in person and answered {@code invalid_request} ("OAuth 2.0 Parameter: principal"). Two
 * servers that each own their security state is also how a company runs them.
 *
 * <p>It lives at {@code localhost} and the app at {@code 127.0.0.1}: cookies ignore ports, so two servers on one host
 * name share a cookie jar. (The provider refuses {@code localhost} in redirect URIs anyway, as OAuth 2.1 advises.)
 */
public final class TestIdentityProvider {

    public static final String ISSUER = "http://localhost:9098";
    public static final String CLIENT_ID = "peer-planner";
    public static final String CLIENT_SECRET = "test-client-secret";
    public static final String ADMIN_GROUP = "planner-admins";
    public static final String PASSWORD = "provider-password";

    private static final Duration START_PATIENCE = Duration.ofSeconds(90);
    private static TestIdentityProvider shared;

    private final ChildServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestIdentityProvider(ChildServer server) {
        this.server = server;
    }

    /** The provider, started on the first call. */
    public static synchronized TestIdentityProvider shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** Somebody with an account at the provider, signing in with {@link #PASSWORD}. */
    public void addPerson(String email, String name, boolean emailVerified, String... groups) {
        var form = new StringBuilder("email=" + encode(email) + "&name=" + encode(name) + "&verified=" + emailVerified);
        for (String group : groups) {
            form.append("&groups=").append(encode(group));
        }
        tell("/directory/people", form.toString());
    }

    /** Lets the app at this address (scheme, host and port) sign people in and be sent back to after signing out. */
    public void allowApp(String appBase) {
        tell("/directory/apps", "base=" + encode(appBase));
    }

    private static TestIdentityProvider start() {
        var command = List.of(ChildServer.java(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                TestIdentityProviderMain.class.getName());
        try {
            Path log = Files.isDirectory(Path.of("target")) ? Path.of("target", "test-identity-provider.log")
                    : Files.createTempFile("test-identity-provider", ".log");
            var server = ChildServer.start(new ChildServer.Launch("test identity provider", command, log,
                    URI.create(ISSUER + "/.well-known/openid-configuration"), START_PATIENCE, Duration.ofMillis(100),
                    Duration.ofSeconds(10)));
            // its CPU time too: on a shared machine the wall time says more about the neighbours
            System.err.printf("[sso] test identity provider (pid %d) ready at %s in %d ms (%d ms CPU); its log: %s%n",
                    server.pid(), ISSUER, server.startMillis(), server.cpuTime().toMillis(), log.toAbsolutePath());
            return new TestIdentityProvider(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test identity provider", e);
        }
    }

    private void tell(String path, String form) {
        try {
            var answer = http.send(HttpRequest.newBuilder(URI.create(ISSUER + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 204) {
                throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
