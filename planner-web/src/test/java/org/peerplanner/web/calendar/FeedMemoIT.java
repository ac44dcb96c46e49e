package org.peerplanner.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * A conditional request is answered from memory (the token's owner and the feed's version), so these tests check
 * that no kind of change leaves it stale: after each, the very next request with the old ETag gets the new bytes,
 * or a 404 for a link that no longer may read the feed. The test clock does not move between the change and the
 * request, so the memo's time-to-live cannot be what refreshed it: the commit did.
 */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class FeedMemoIT {

    private final CalendarFeedService feeds;
    private final SessionService sessions;
    private final FacilitationService facilitation;
    private final TeamService teams;
    private final WebFixtures fixtures;
    private final JdbcTemplate jdbc;
    private final TestClock clock;
    private final MockMvc mvc;
    private final long payments;
    private final Actor maria;
    private final String teamFeed;

    /** A fresh instance per test: Maria's link to the Payments Platform feed, made before each. */
    @Autowired
    FeedMemoIT(WebApplicationContext context, CalendarFeedService feeds, SessionService sessions,
               FacilitationService facilitation, TeamService teams,
               WebFixtures fixtures, JdbcTemplate jdbc, TestClock clock) {
        this.feeds = feeds;
        this.sessions = sessions;
        this.facilitation = facilitation;
        this.teams = teams;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.clock = clock;
        this.mvc = FeedMockMvc.of(context);
        this.payments = fixtures.teamId("Payments Platform");
        this.maria = new Actor(fixtures.personId("maria@example.com"), false);
        this.teamFeed = "/calendar/" + feeds.token(maria).orElseThrow() + "/team/" + payments + ".ics";
    }

    @Test
    void theFeedListenerIsOffUnlessItsPortIsSet(@Autowired FeedListener listener) {
        assertThat(listener.isRunning()).isFalse();
        assertThat(listener.port()).isEqualTo(-1);
    }

    @Test
    void everyKindOfSessionChangeIsInTheNextResponse() throws Exception {
        String etag = remembered(teamFeed);

        var scheduled = schedule("Lunch & learn: memo test", maria.personId());
        etag = assertChanged(teamFeed, etag, scheduled.uid());

        var revised = sessions.revise(maria, scheduled.id(), scheduled.version(), SessionEdit.of(
                SessionFormat.LUNCH_AND_LEARN, "Lunch & learn: memo test revised", scheduled.start(),
                maria.personId()));
        etag = assertChanged(teamFeed, etag, "memo test revised");

        sessions.cancel(maria, revised.id(), "Speaker is ill.");
        assertChanged(teamFeed, etag, "Speaker is ill.");
    }

    @Test
    void volunteeringForAnOpenSlotIsInTheNextResponse() throws Exception {
        // taking an open slot is one bulk UPDATE (no entity written): the memo must notice it all the same
        var open = schedule("Open slot: memo test", null);
        String email = fixtures.newMember("Payments Platform", "Keen Volunteer");
        String etag = remembered(teamFeed);

        facilitation.volunteer(new Actor(fixtures.personId(email), false), open.id());

        assertChanged(teamFeed, etag, "Keen Volunteer");
    }

    @Test
    void someoneWhoLeavesTheTeamIsRefusedAtOnce() throws Exception {
        String email = fixtures.newMember("Payments Platform", "Memo Leaver");
        Actor leaver = new Actor(fixtures.personId(email), false);
        String url = "/calendar/" + feeds.token(leaver).orElseThrow() + "/team/" + payments + ".ics";
        String etag = remembered(url);
        var membership = teams.members(WebFixtures.SYSTEM, payments, email, PageRequest.of(0, 5)).getFirst();

        teams.removeMember(maria, membership.membershipId());

        assertThat(status(url, etag)).isEqualTo(404);
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        Actor owner = new Actor(fixtures.personId(fixtures.newMember("Payments Platform", "Memo Revoker")), false);
        String token = feeds.token(owner).orElseThrow();
        String team = "/calendar/" + token + "/team/" + payments + ".ics";
        String personal = "/calendar/" + token + "/me.ics";
        String teamEtag = remembered(team);
        String personalEtag = remembered(personal);

        feeds.revoke(owner);

        assertThat(status(team, teamEtag)).isEqualTo(404);
        assertThat(status(personal, personalEtag)).isEqualTo(404);
        assertThat(status(team, null)).isEqualTo(404);
    }

    @Test
    void aWriteThatBypassesHibernateIsSeenOnceTheTimeToLiveIsOver() throws Exception {
        var session = schedule("Lunch & learn: written behind the memo's back", maria.personId());
        String etag = remembered(teamFeed);
        jdbc.update("update learning_session set title = ?, version = version + 1 where id = ?",
                "Lunch & learn: changed by plain JDBC", session.id());

        assertThat(status(teamFeed, etag)).as("answered from memory: nothing Hibernate saw was written").isEqualTo(304);

        clock.advance(Duration.ofSeconds(6)); // past planner.feed.version-memo.ttl (5 s)
        assertChanged(teamFeed, etag, "changed by plain JDBC");
    }

    private SessionDetails schedule(String title, Long facilitator) {
        var start = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(20).withHour(12)
                .withMinute(0).withSecond(0).withNano(0);
        return sessions.schedule(maria, payments, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN,
                title + " " + System.nanoTime(), start, facilitator));
    }

    /** Asks twice so the version is in memory for sure; the ETag. */
    private String remembered(String url) throws Exception {
        var first = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("Last-Modified")).as("an IMF-fixdate (RFC 9110 5.6.7), two-digit day")
                .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        String etag = first.getHeader("ETag");
        assertThat(status(url, etag)).isEqualTo(304);
        return etag;
    }

    /** The old ETag gets a 200 whose bytes contain {@code expected}; the new ETag is remembered again. */
    private String assertChanged(String url, String oldEtag, String expected) throws Exception {
        var response = mvc.perform(get(url).header("If-None-Match", oldEtag)).andReturn().getResponse();
        assertThat(response.getStatus()).as("not the stale 304").isEqualTo(200);
        assertThat(new String(response.getContentAsByteArray(), StandardCharsets.UTF_8).replace("\r\n ", ""))
                .contains(expected);
        String etag = response.getHeader("ETag");
        assertThat(etag).isNotEqualTo(oldEtag);
        assertThat(status(url, etag)).isEqualTo(304);
        return etag;
    }

    private int status(String url, String ifNoneMatch) throws Exception {
        var request = get(url);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
