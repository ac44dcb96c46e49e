package org.peerplanner.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.monitoring.MonitoringSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The feed listener on a port of its own answers as the servlet filter on the app's port does (the same bytes,
 * ETags and 304s, gzip), over real HTTP/1.1 connections, and a change is in the very next response (the memo
 * scenarios of FeedMemoIT: the test clock stands still, so only the commit can have refreshed it).
 */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class FeedListenerIT {

    private final CalendarFeedService feeds;
    private final SessionService sessions;
    private final WebFixtures fixtures;
    private final TestClock clock;
    private final MockMvc mvc;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final long payments;
    private final Actor maria;
    private final String teamFeed;
    private final FeedListener listener;

    /**
     * The listener is built from the shared context's own beans (the same FeedAnswers, memo and cache as the app's
     * port) rather than switched on by a property: a second application context in this JVM would take over the
     * JVM-wide security context strategy Vaadin sets, and the browserless tests after it would find nobody signed in.
     */
    @Autowired
    FeedListenerIT(WebApplicationContext context, CalendarFeedService feeds, SessionService sessions,
                   WebFixtures fixtures, TestClock clock, FeedAnswers answers, MonitoringSettings monitoring) {
        this.feeds = feeds;
        this.sessions = sessions;
        this.fixtures = fixtures;
        this.clock = clock;
        this.mvc = FeedMockMvc.of(context);
        this.listener = new FeedListener(answers, new FeedListenerSettings(freePort(), "127.0.0.1", 2, ""), monitoring,
                clock);
        listener.start();
        assertThat(listener.isRunning()).isTrue();
        this.base = "http://127.0.0.1:" + listener.port();
        this.payments = fixtures.teamId("Payments Platform");
        this.maria = new Actor(fixtures.personId("maria@example.com"), false);
        this.teamFeed = "/calendar/" + feeds.token(maria).orElseThrow() + "/team/" + payments + ".ics";
    }

    @AfterEach
    void stopListener() {
        listener.stop();
    }

    @Test
    void answersAsTheAppsPortDoes() throws Exception {
        var filter = mvc.perform(get(teamFeed)).andReturn().getResponse();
        var listener = send(teamFeed, null, null);

        assertThat(listener.statusCode()).isEqualTo(200);
        assertThat(listener.body()).isEqualTo(filter.getContentAsByteArray());
        assertThat(listener.headers().firstValue("ETag")).contains(filter.getHeader("ETag"));
        assertThat(listener.headers().firstValue("Last-Modified")).contains(filter.getHeader("Last-Modified"));
        assertThat(listener.headers().firstValue("Cache-Control")).contains("max-age=900, private");
        assertThat(listener.headers().firstValue("Content-Type")).contains("text/calendar;charset=utf-8");
        assertThat(listener.headers().firstValue("Content-Length")).contains(String.valueOf(listener.body().length));
        assertThat(listener.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(listener.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(listener.headers().firstValue("Date")).isPresent();
        assertThat(listener.headers().map()).doesNotContainKey("set-cookie");

        var notModified = send(teamFeed, filter.getHeader("ETag"), null);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("ETag")).contains(filter.getHeader("ETag"));
        assertThat(notModified.headers().map()).doesNotContainKey("set-cookie");

        var personal = "/calendar/" + feeds.token(maria).orElseThrow() + "/me.ics";
        assertThat(send(personal, null, null).body()).isEqualTo(
                mvc.perform(get(personal)).andReturn().getResponse().getContentAsByteArray());
    }

    @Test
    void gzipWhenAcceptedWithItsOwnEtag() throws Exception {
        var plain = send(teamFeed, null, null);
        var zipped = send(teamFeed, null, "gzip, deflate");

        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("Vary")).contains("Accept-Encoding");
        assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).endsWith("-gzip\"");
        assertThat(send(teamFeed, etag, "gzip").statusCode()).isEqualTo(304);
    }

    @Test
    void headSendsTheHeadersAlone() throws Exception {
        var full = send(teamFeed, null, null);
        var head = http.send(HttpRequest.newBuilder(URI.create(base + teamFeed))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(full.body().length));
        assertThat(head.headers().firstValue("ETag")).isEqualTo(full.headers().firstValue("ETag"));
    }

    @Test
    void theFirstRequestAfterAChangeGetsTheNewVersion() throws Exception {
        String etag = remembered(teamFeed);

        var scheduled = schedule("Lunch & learn: listener test");
        etag = assertChanged(teamFeed, etag, scheduled.uid());

        sessions.cancel(maria, scheduled.id(), "The listener's speaker is ill.");
        assertChanged(teamFeed, etag, "The listener's speaker is ill.");
    }

    @Test
    void aRevokedOrUnknownTokenIsNotFound() throws Exception {
        Actor owner = new Actor(fixtures.personId(fixtures.newMember("Payments Platform", "Listener Revoker")), false);
        String token = feeds.token(owner).orElseThrow();
        String team = "/calendar/" + token + "/team/" + payments + ".ics";
        String etag = remembered(team);

        feeds.revoke(owner);

        assertThat(send(team, etag, null).statusCode()).isEqualTo(404);
        assertThat(send(team, null, null).statusCode()).isEqualTo(404);
        assertThat(send("/calendar/" + "x".repeat(43) + "/me.ics", null, null).statusCode()).isEqualTo(404);
        assertThat(send("/calendar/nothing-here", null, null).statusCode()).isEqualTo(404);
        assertThat(send("/", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void onlyGetAndHead() throws Exception {
        var post = http.send(HttpRequest.newBuilder(URI.create(base + teamFeed))
                .POST(HttpRequest.BodyPublishers.ofString("x=1")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(send(teamFeed, null, null).statusCode()).as("still serving").isEqualTo(200);
    }

    @Test
    void garbageAndOversizedRequestsAreBadRequests() throws Exception {
        assertThat(raw("THIS IS NOT HTTP\r\n\r\n")).startsWith("HTTP/1.1 400");
        assertThat(raw("GET /calendar/" + "a".repeat(10_000) + "/me.ics HTTP/1.1\r\nHost: x\r\n\r\n"))
                .startsWith("HTTP/1.1 400");
        assertThat(raw("GET " + teamFeed + " HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n"))
                .startsWith("HTTP/1.1 400");
        assertThat(send(teamFeed, null, null).statusCode()).as("still serving").isEqualTo(200);
    }

    @Test
    void keepAliveServesManyRequestsOnOneConnection() throws Exception {
        String etag = remembered(teamFeed);
        String request = "GET " + teamFeed + " HTTP/1.1\r\nHost: x\r\nIf-None-Match: " + etag + "\r\n\r\n";
        try (var socket = new Socket("127.0.0.1", Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)))) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((request + request + request).getBytes(StandardCharsets.US_ASCII)); // pipelined
            out.flush();
            String answers = readUntil(socket.getInputStream(), 3);
            assertThat(answers.split("HTTP/1.1 304", -1)).hasSize(4);
        }
    }

    private SessionDetails schedule(String title) {
        var start = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(21).withHour(12)
                .withMinute(0).withSecond(0).withNano(0);
        return sessions.schedule(maria, payments, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN,
                title + " " + System.nanoTime(), start, maria.personId()));
    }

    /** Asks twice so the version is in memory for sure; the ETag. */
    private String remembered(String path) throws Exception {
        var first = send(path, null, null);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(send(path, etag, null).statusCode()).isEqualTo(304);
        return etag;
    }

    private String assertChanged(String path, String oldEtag, String expected) throws Exception {
        var response = send(path, oldEtag, null);
        assertThat(response.statusCode()).as("not the stale 304").isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8).replace("\r\n ", "")).contains(expected);
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isNotEqualTo(oldEtag);
        assertThat(send(path, etag, null).statusCode()).isEqualTo(304);
        return etag;
    }

    private HttpResponse<byte[]> send(String path, String ifNoneMatch, String acceptEncoding) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends the bytes on a new connection; what came back until the server closed it. */
    private String raw(String request) throws IOException {
        try (var socket = new Socket("127.0.0.1", Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)))) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    private static String readUntil(InputStream in, int responses) throws IOException {
        var text = new StringBuilder();
        byte[] buffer = new byte[8192];
        while (text.toString().split("HTTP/1.1 ", -1).length <= responses || !text.toString().endsWith("\r\n\r\n")) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            text.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
        }
        return text.toString();
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
