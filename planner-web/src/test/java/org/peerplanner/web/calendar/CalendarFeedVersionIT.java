package org.peerplanner.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.zip.GZIPInputStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Feeds through the whole Spring Security filter chain (MockMvc, in the same test context as CalendarFeedIT, so no
 * extra application context; Hibernate statistics are switched on at run time): one version is one set of bytes under one ETag, a
 * conditional request is answered without loading a session, a change is in the very next response, a revoked link
 * is refused even though its feed is cached, gzip when asked, and never a session cookie.
 */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class CalendarFeedVersionIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    SessionService sessions;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    Clock clock;

    MockMvc mvc;
    long payments;
    Actor maria;
    String teamFeed;

    @BeforeEach
    void setUp() {
        mvc = FeedMockMvc.of(context);
        payments = fixtures.teamId("Payments Platform");
        maria = new Actor(fixtures.personId("maria@example.com"), false);
        teamFeed = "/calendar/" + feeds.token(maria).orElseThrow() + "/team/" + payments + ".ics";
    }

    @Test
    void theSameVersionIsTheSameBytesUnderTheSameETag() throws Exception {
        var first = get(teamFeed, null, null);
        var second = get(teamFeed, null, null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(first.headers().firstValue("ETag").orElseThrow()).doesNotStartWith("W/");
    }

    @Test
    void aConditionalRequestIsAnsweredFromTheVersionAloneWithoutLoadingASession() throws Exception {
        String personal = "/calendar/" + feeds.token(maria).orElseThrow() + "/me.ics";
        String teamETag = get(teamFeed, null, null).headers().firstValue("ETag").orElseThrow();
        String personalETag = get(personal, null, null).headers().firstValue("ETag").orElseThrow();
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();

        var team = get(teamFeed, teamETag, null);
        var mine = get(personal, personalETag, null);

        assertThat(team.statusCode()).isEqualTo(304);
        assertThat(mine.statusCode()).isEqualTo(304);
        assertThat(team.body()).isEmpty();
        assertThat(statistics.getEntityLoadCount()).as("entities loaded").isZero();
        assertThat(statistics.getCollectionLoadCount()).as("collections loaded").isZero();
        assertThat(statistics.getPrepareStatementCount()).as("statements through Hibernate").isZero();
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void theFirstRequestAfterAChangeGetsTheNewVersion() throws Exception {
        var before = get(teamFeed, null, null);
        var start = ZonedDateTime.now(clock).withZoneSameInstant(ZoneId.of("Europe/Berlin")).plusDays(15)
                .withHour(12).withMinute(0).withSecond(0).withNano(0);
        String title = "Lunch & learn: cache test " + Long.toHexString(Double.doubleToLongBits(Math.random()));
        var session = sessions.schedule(maria, payments, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, title, start,
                maria.personId()));

        var after = get(teamFeed, before.headers().firstValue("ETag").orElseThrow(), null);

        assertThat(after.statusCode()).as("not 304: the version moved").isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains(session.uid());

        sessions.cancel(maria, session.id(), "Room double-booked.");
        var cancelled = get(teamFeed, after.headers().firstValue("ETag").orElseThrow(), null);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(unfolded(cancelled.body())).contains("Cancelled: Room double-booked.");
    }

    @Test
    void aRevokedLinkIsRefusedAlthoughItsFeedIsCached() throws Exception {
        Actor tester = new Actor(fixtures.personId(fixtures.newMember("Payments Platform", "Cache Tester")), false);
        String token = feeds.token(tester).orElseThrow();
        String url = "/calendar/" + token + "/team/" + payments + ".ics";
        var cached = get(url, null, null);
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(get(url, null, null).body()).isEqualTo(cached.body());

        feeds.revoke(tester);

        assertThat(get(url, null, null).statusCode()).isEqualTo(404);
        assertThat(get(url, cached.headers().firstValue("ETag").orElseThrow(), null).statusCode()).isEqualTo(404);
        assertThat(get(teamFeed, null, null).statusCode()).as("another member's link still works").isEqualTo(200);
    }

    @Test
    void gzipWhenTheClientAcceptsIt() throws Exception {
        var plain = get(teamFeed, null, null);
        var zipped = get(teamFeed, null, "gzip, deflate");

        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        assertThat(zipped.body().length).isLessThan(plain.body().length / 3);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        var notModified = get(teamFeed, zipped.headers().firstValue("ETag").orElseThrow(), "gzip");
        assertThat(notModified.statusCode()).isEqualTo(304);
    }

    @Test
    void feedResponsesNeverCarryASessionCookie() throws Exception {
        var ok = get(teamFeed, null, null);
        var notModified = get(teamFeed, ok.headers().firstValue("ETag").orElseThrow(), null);
        var notFound = get("/calendar/not-a-real-token-at-all-123/me.ics", null, null);

        assertThat(notFound.statusCode()).isEqualTo(404);
        for (var response : java.util.List.of(ok, notModified, notFound)) {
            assertThat(response.headers().allValues("Set-Cookie")).as("cookies on %s", response.statusCode())
                    .isEmpty();
            assertThat(response.session()).as("an HTTP session on %s", response.statusCode()).isNull();
        }
        assertThat(ok.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v)
                .contains("max-age=900").contains("private"));
    }

    private Response get(String path, String ifNoneMatch, String acceptEncoding) throws Exception {
        var request = MockMvcRequestBuilders.get(path);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        var result = mvc.perform(request).andReturn();
        var response = result.getResponse();
        var headers = new java.util.TreeMap<String, java.util.List<String>>(String.CASE_INSENSITIVE_ORDER);
        response.getHeaderNames().forEach(name -> headers.put(name, java.util.List.copyOf(response.getHeaders(name))));
        if (response.getCookies().length > 0) {
            headers.put("Set-Cookie", java.util.Arrays.stream(response.getCookies()).map(c -> c.getName()).toList());
        }
        return new Response(response.getStatus(), new Headers(headers), response.getContentAsByteArray(),
                result.getRequest().getSession(false));
    }

    /** What the assertions read of a response, shaped like java.net.http's. */
    record Response(int statusCode, Headers headers, byte[] body, jakarta.servlet.http.HttpSession session) {
    }

    record Headers(java.util.Map<String, java.util.List<String>> all) {
        java.util.Optional<String> firstValue(String name) {
            return allValues(name).stream().findFirst();
        }

        java.util.List<String> allValues(String name) {
            return all.getOrDefault(name, java.util.List.of());
        }
    }

    private static String unfolded(byte[] ics) {
        return new String(ics, StandardCharsets.UTF_8).replace("\r\n ", "");
    }
}
