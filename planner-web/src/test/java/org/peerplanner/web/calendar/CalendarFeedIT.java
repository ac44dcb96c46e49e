package org.peerplanner.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.integrations.calendar.SessionTexts;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/** The subscription feeds over HTTP, read back with an independent parser (biweekly). */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class CalendarFeedIT {

    @Autowired
    TestClock clock;
    @Autowired
    WebApplicationContext context;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    SessionService sessions;
    @Autowired
    TeamService teams;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    ActionItemService actionItems;

    MockMvc mvc;
    long payments;
    Actor maria;

    @BeforeEach
    void setUp() {
        mvc = FeedMockMvc.of(context);
        payments = fixtures.teamId("Payments Platform");
        maria = new Actor(fixtures.personId("maria@example.com"), false);
    }

    private MvcResult fetch(String url) throws Exception {
        return mvc.perform(get(url)).andReturn();
    }

    private static ICalendar parse(MvcResult result) throws Exception {
        List<ICalendar> all = Biweekly.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).all();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    @Test
    void aTeamFeedCarriesTheTeamsRecentAndUpcomingSessionsWithoutSigningIn() throws Exception {
        String token = feeds.token(maria).orElseThrow();

        var result = fetch("/calendar/" + token + "/team/" + payments + ".ics");

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=utf-8");
        assertThat(result.getResponse().getHeader("ETag")).isNotBlank();
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=900");
        var ical = parse(result);
        assertThat(ical.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(ical.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("Payments Platform · Peer Planner");
        var upcoming = sessions.upcoming(maria, payments);
        // The same summary as the session's invite: the format first, then the title.
        String summary = SessionTexts.summary(upcoming.getFirst().format(), upcoming.getFirst().title());
        assertThat(ical.getEvents()).extracting(e -> e.getSummary().getValue()).contains(summary);
        Instant ninetyDaysAgo = clock.instant().minusSeconds(91L * 24 * 3600);
        assertThat(ical.getEvents()).allMatch(e -> e.getDateStart().getValue().toInstant().isAfter(ninetyDaysAgo));
        VEvent first = ical.getEvents().stream()
                .filter(e -> e.getSummary().getValue().equals(summary)).findFirst().orElseThrow();
        assertThat(first.getDateStart().getValue().toInstant()).isEqualTo(upcoming.getFirst().start().toInstant());
        assertThat(first.getUrl().getValue()).endsWith("/sessions/" + upcoming.getFirst().id());
    }

    @Test
    void anUnchangedFeedAnswersNotModified() throws Exception {
        String url = "/calendar/" + feeds.token(maria).orElseThrow() + "/me.ics";
        var first = fetch(url);

        var again = mvc.perform(get(url).header("If-None-Match", first.getResponse().getHeader("ETag"))).andReturn();

        assertThat(again.getResponse().getStatus()).isEqualTo(304);
        assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    void aChangeShowsUpWithANewETagAndARaisedSequence() throws Exception {
        String url = "/calendar/" + feeds.token(maria).orElseThrow() + "/team/" + payments + ".ics";
        var start = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(12).withHour(12).withMinute(30).withSecond(0).withNano(0);
        var s = sessions.schedule(maria, payments, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN,
                "Lunch & learn: feed test " + System.nanoTime(), start, maria.personId()));
        String before = fetch(url).getResponse().getHeader("ETag");

        sessions.cancel(maria, s.id(), "Room double-booked.");
        var after = fetch(url);

        assertThat(parse(after).getEvents()).as("the new session is in the feed")
                .anyMatch(e -> e.getUid().getValue().equals(s.uid()));
        assertThat(after.getResponse().getHeader("ETag")).isNotEqualTo(before);
        var cancelled = parse(after).getEvents().stream().filter(e -> e.getUid().getValue().equals(s.uid())).findFirst().orElseThrow();
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(cancelled.getSequence().getValue()).isEqualTo(1);
    }

    @Test
    void unknownRegeneratedAndRevokedTokensGetABare404() throws Exception {
        String email = fixtures.newMember("Payments Platform", "Feed Tester");
        Actor tester = new Actor(fixtures.personId(email), false);
        String old = feeds.token(tester).orElseThrow();
        String fresh = feeds.regenerate(tester);

        assertThat(fetch("/calendar/not-a-real-token-at-all-123/me.ics").getResponse().getStatus()).isEqualTo(404);
        var stale = fetch("/calendar/" + old + "/me.ics");
        assertThat(stale.getResponse().getStatus()).isEqualTo(404);
        assertThat(stale.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(fetch("/calendar/" + fresh + "/me.ics").getResponse().getStatus()).isEqualTo(200);

        feeds.revoke(tester);
        assertThat(fetch("/calendar/" + fresh + "/me.ics").getResponse().getStatus()).isEqualTo(404);
        assertThat(fresh).hasSizeGreaterThanOrEqualTo(32); // 192 bits in base64url
    }

    @Test
    void someoneWhoLeavesATeamStopsSeeingItsFeed() throws Exception {
        String email = fixtures.newMember("Payments Platform", "Leaving Soon");
        long personId = fixtures.personId(email);
        String url = "/calendar/" + feeds.token(new Actor(personId, false)).orElseThrow() + "/team/" + payments + ".ics";
        assertThat(fetch(url).getResponse().getStatus()).isEqualTo(200);
        var membership = teams.members(WebFixtures.SYSTEM, payments, email, PageRequest.of(0, 5)).getFirst();

        teams.removeMember(maria, membership.membershipId());

        assertThat(fetch(url).getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/calendar/whatever/team/1.ics")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aPersonalFeedShowsTheOwnersOpenActionItemsOnTheirDueDatesUntilSwitchedOff() throws Exception {
        String email = fixtures.newMember("Payments Platform", "Due Dates");
        Actor owner = new Actor(fixtures.personId(email), false);
        String url = "/calendar/" + feeds.token(owner).orElseThrow() + "/me.ics";
        var start = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(3).withHour(12).withMinute(0).withSecond(0).withNano(0);
        var s = sessions.schedule(maria, payments, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN,
                "Lunch & learn: due dates " + System.nanoTime(), start, maria.personId()));
        LocalDate due = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(9);
        long open = actionItems.raiseAtSession(maria, s.id(), new ActionItemDraft("Write the lag runbook", owner.personId(), due));
        long done = actionItems.raiseAtSession(maria, s.id(), new ActionItemDraft("Share the slides", owner.personId(), due));
        actionItems.complete(owner, done, "Shared in the channel.");

        var events = parse(fetch(url)).getEvents();

        VEvent item = events.stream().filter(e -> e.getUid().getValue().equals("action-item-" + open + "@peer-planner"))
                .findFirst().orElseThrow();
        assertThat(item.getSummary().getValue()).isEqualTo("Due: Write the lag runbook");
        assertThat(item.getDateStart().getValue().hasTime()).as("an all-day entry").isFalse();
        assertThat(LocalDate.ofInstant(item.getDateStart().getValue().toInstant(), ZoneId.systemDefault())).isEqualTo(due);
        assertThat(item.getUrl().getValue()).endsWith("/action-items");
        assertThat(events).noneMatch(e -> e.getUid().getValue().equals("action-item-" + done + "@peer-planner"));
        String withItems = fetch(url).getResponse().getHeader("ETag");

        feeds.showActionItems(owner, false);
        var without = fetch(url);

        assertThat(feeds.showsActionItems(owner)).isFalse();
        assertThat(parse(without).getEvents()).noneMatch(e -> e.getUid().getValue().startsWith("action-item-"));
        assertThat(without.getResponse().getHeader("ETag")).isNotEqualTo(withItems);
    }
}
