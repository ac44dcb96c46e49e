package org.peerplanner.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running server over real HTTP, as the platform's monitoring and a stranger see it: the management port serves
 * health (liveness, readiness with the database and the mail outbox), info and Prometheus metrics with the product's
 * own counters; the public port shows none of it. Logs are JSON with the request id the response echoes.
 * Its own failsafe execution: a second server with a management port beside the browser tests' one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "logging.structured.format.console=ecs",
        "logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG"})
@ActiveProfiles("demo")
@UsePlannerTestDatabase
@ExtendWith(OutputCaptureExtension.class)
class MonitoringIT {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    WebFixtures fixtures;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void thePublicPortShowsNoneOfTheManagementEndpoints() throws Exception {
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/health/readiness", "/actuator/info",
                "/actuator/prometheus", "/actuator/env", "/actuator/metrics")) {
            var answer = get(port, path, null);
            assertThat(answer.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(answer.body()).as(path).doesNotContain("jvm_memory").doesNotContain("\"status\"");
        }
    }

    @Test
    void theManagementPortServesHealthProbesAndInfo() throws Exception {
        var health = get(managementPort, "/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "\"mailOutbox\"", "\"waiting\"");

        var readiness = get(managementPort, "/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"", "\"mailOutbox\"", "\"readinessState\"");
        assertThat(get(managementPort, "/actuator/health/liveness", null).statusCode()).isEqualTo(200);

        var info = get(managementPort, "/actuator/info", null);
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"build\"", "\"version\"", "\"java\"");
    }

    @Test
    void prometheusShowsHttpJvmPoolAndTheProductsCounters() throws Exception {
        String token = feeds.token(new Actor(fixtures.personId("maria@example.com"), false)).orElseThrow();
        var feed = get(port, "/calendar/" + token + "/me.ics", null);
        assertThat(feed.statusCode()).isEqualTo(200);
        String etag = feed.headers().firstValue("ETag").orElseThrow();
        var unchanged = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/" + token
                + "/me.ics")).header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        signInWithAWrongPassword();

        var metrics = get(managementPort, "/actuator/prometheus", null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        String text = metrics.body();
        assertThat(text).contains("jvm_memory_used_bytes", "hikaricp_connections_active", "http_server_requests_seconds");
        assertThat(text).containsPattern("planner_feed_requests_seconds_count\\{[^}]*feed=\"personal\"[^}]*"
                + "outcome=\"not_modified\"[^}]*} [1-9]");
        assertThat(text).containsPattern("planner_feed_requests_seconds_count\\{[^}]*feed=\"personal\"[^}]*"
                + "outcome=\"full\"[^}]*} [1-9]");
        assertThat(text).as("feed polls are counted by planner_feed_requests only").doesNotContain("uri=\"/calendar/");
        assertThat(text).containsPattern("planner_sign_in_failures_total\\{[^}]*reason=\"bad_credentials\"[^}]*} [1-9]");
        assertThat(text).contains("planner_sessions_planned_total", "planner_sessions_held_total",
                "planner_gap_imports_total", "planner_gap_import_rows_total", "planner_mail_attempts_total");
    }

    @Test
    void logsAreJsonWithTheRequestIdTheResponseEchoes(CapturedOutput output) throws Exception {
        // the sign-in page goes through Spring MVC, whose DEBUG lines (switched on above) are this request's log lines
        var answer = get(port, "/login", "monitoring-it-7");
        assertThat(answer.headers().firstValue("X-Request-Id")).hasValue("monitoring-it-7");
        assertThat(output.getOut().lines().filter(line -> line.contains("monitoring-it-7")).toList())
                .isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("{").contains("\"requestId\":\"monitoring-it-7\""));

        var forged = get(port, "/calendar/not-a-real-token-at-all-123/me.ics", "bad<id>");
        assertThat(forged.headers().firstValue("X-Request-Id")).as("a feed request too (answered before MVC)")
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }

    private void signInWithAWrongPassword() throws Exception {
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(get(port, "/login", null).body());
        assertThat(csrf.find()).isTrue();
        var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=maria%40example.com&password=not-her-password&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().firstValue("Location")).hasValue("/login?error");
    }

    private HttpResponse<String> get(int toPort, String path, String requestId) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + toPort + path)).GET();
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
