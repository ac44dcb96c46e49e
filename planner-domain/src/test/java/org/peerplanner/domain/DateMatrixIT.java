package org.peerplanner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.domain.action.ActionItemStatus;
import org.peerplanner.domain.action.Reminder;
import org.peerplanner.domain.action.ReminderCandidate;
import org.peerplanner.domain.action.ReminderKind;
import org.peerplanner.domain.action.ReminderSelection;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.calendar.FeedDueItem;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.knowledge.ArticleCard;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.people.Absence;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.planning.PlanningService;
import org.peerplanner.domain.rotation.PlannedSlot;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.domain.team.Cadence;
import org.peerplanner.domain.team.MemberRow;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSettings;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/**
 * The date-sensitive rules at the moments where "today" and "the next slot" are easy to get wrong: a Tuesday
 * morning and afternoon (the demo team meets on Tuesdays at 12:30), a Sunday night in Los Angeles (already Monday in
 * UTC), both daylight-saving changes of 2027 in Berlin and Los Angeles, New Year's Eve in UTC (New Year's Day in
 * Berlin) and a leap day. Each case names the team's slot and the answers a person would expect, written out.
 */
@SpringBootTest
@UsePlannerTestDatabase
class DateMatrixIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    /** Every-sprint teams: four-week sprints from Monday 5 January 2026. */
    private static final LocalDate SPRINT_START = LocalDate.of(2026, 1, 5);

    /**
     * @param today     the team's date at that instant
     * @param weekly    the next three slots of a weekly team (a slot that has started is not offered again)
     * @param biweekly  the next two of a team meeting every two weeks, created at that instant (its first week is on)
     * @param sprint    the next two of a team meeting once per four-week sprint
     */
    record Case(String name, Instant now, ZoneId zone, DayOfWeek slotDay, LocalTime slotStart, LocalDate today,
                List<String> weekly, List<String> biweekly, List<String> sprint) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> moments() {
        return Stream.of(
                new Case("Tuesday 08:00 in Berlin", Instant.parse("2026-12-01T07:00:00Z"), BERLIN, DayOfWeek.TUESDAY,
                        LocalTime.of(12, 30), LocalDate.of(2026, 12, 1),
                        List.of("2026-12-01T12:30+01:00", "2026-12-08T12:30+01:00", "2026-12-15T12:30+01:00"),
                        List.of("2026-12-01T12:30+01:00", "2026-12-15T12:30+01:00"),
                        List.of("2026-12-08T12:30+01:00", "2027-01-05T12:30+01:00")),
                new Case("Tuesday 13:00 in Berlin, after the 12:30 slot", Instant.parse("2026-12-01T12:00:00Z"), BERLIN,
                        DayOfWeek.TUESDAY, LocalTime.of(12, 30), LocalDate.of(2026, 12, 1),
                        List.of("2026-12-08T12:30+01:00", "2026-12-15T12:30+01:00", "2026-12-22T12:30+01:00"),
                        List.of("2026-12-15T12:30+01:00", "2026-12-29T12:30+01:00"),
                        List.of("2026-12-08T12:30+01:00", "2027-01-05T12:30+01:00")),
                new Case("Sunday 23:30 in Los Angeles, Monday in UTC", Instant.parse("2026-12-07T07:30:00Z"), LOS_ANGELES,
                        DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalDate.of(2026, 12, 6),
                        List.of("2026-12-07T09:00-08:00", "2026-12-14T09:00-08:00", "2026-12-21T09:00-08:00"),
                        List.of("2026-12-14T09:00-08:00", "2026-12-28T09:00-08:00"),
                        List.of("2026-12-07T09:00-08:00", "2027-01-04T09:00-08:00")),
                new Case("Berlin springs forward, 01:30 on 28 March 2027, slot at the missing 02:30",
                        Instant.parse("2027-03-28T00:30:00Z"), BERLIN, DayOfWeek.SUNDAY, LocalTime.of(2, 30),
                        LocalDate.of(2027, 3, 28),
                        List.of("2027-03-28T03:30+02:00", "2027-04-04T02:30+02:00", "2027-04-11T02:30+02:00"),
                        List.of("2027-03-28T03:30+02:00", "2027-04-11T02:30+02:00"),
                        List.of("2027-04-04T02:30+02:00", "2027-05-02T02:30+02:00")),
                new Case("Berlin falls back, 02:15 summer time on 31 October 2027, slot at the twice-seen 02:30",
                        Instant.parse("2027-10-31T00:15:00Z"), BERLIN, DayOfWeek.SUNDAY, LocalTime.of(2, 30),
                        LocalDate.of(2027, 10, 31),
                        List.of("2027-10-31T02:30+02:00", "2027-11-07T02:30+01:00", "2027-11-14T02:30+01:00"),
                        List.of("2027-10-31T02:30+02:00", "2027-11-14T02:30+01:00"),
                        List.of("2027-11-14T02:30+01:00", "2027-12-12T02:30+01:00")),
                new Case("Los Angeles springs forward, 01:30 on 14 March 2027, slot at the missing 02:30",
                        Instant.parse("2027-03-14T09:30:00Z"), LOS_ANGELES, DayOfWeek.SUNDAY, LocalTime.of(2, 30),
                        LocalDate.of(2027, 3, 14),
                        List.of("2027-03-14T03:30-07:00", "2027-03-21T02:30-07:00", "2027-03-28T02:30-07:00"),
                        List.of("2027-03-14T03:30-07:00", "2027-03-28T02:30-07:00"),
                        List.of("2027-04-04T02:30-07:00", "2027-05-02T02:30-07:00")),
                new Case("Los Angeles falls back, the second 01:30 on 7 November 2027, slot at the first 01:45",
                        Instant.parse("2027-11-07T09:30:00Z"), LOS_ANGELES, DayOfWeek.SUNDAY, LocalTime.of(1, 45),
                        LocalDate.of(2027, 11, 7),
                        List.of("2027-11-14T01:45-08:00", "2027-11-21T01:45-08:00", "2027-11-28T01:45-08:00"),
                        List.of("2027-11-21T01:45-08:00", "2027-12-05T01:45-08:00"),
                        List.of("2027-11-14T01:45-08:00", "2027-12-12T01:45-08:00")),
                new Case("31 December 23:59:59 UTC, New Year's Day in Berlin", Instant.parse("2026-12-31T23:59:59Z"),
                        BERLIN, DayOfWeek.FRIDAY, LocalTime.of(12, 30), LocalDate.of(2027, 1, 1),
                        List.of("2027-01-01T12:30+01:00", "2027-01-08T12:30+01:00", "2027-01-15T12:30+01:00"),
                        List.of("2027-01-01T12:30+01:00", "2027-01-15T12:30+01:00"),
                        List.of("2027-01-08T12:30+01:00", "2027-02-05T12:30+01:00")),
                new Case("29 February 2028, 13:00 in Berlin", Instant.parse("2028-02-29T12:00:00Z"), BERLIN,
                        DayOfWeek.TUESDAY, LocalTime.of(12, 30), LocalDate.of(2028, 2, 29),
                        List.of("2028-03-07T12:30+01:00", "2028-03-14T12:30+01:00", "2028-03-21T12:30+01:00"),
                        List.of("2028-03-14T12:30+01:00", "2028-03-28T12:30+02:00"),
                        List.of("2028-03-28T12:30+02:00", "2028-04-25T12:30+02:00")));
    }

    @Autowired
    TestClock clock;
    @Autowired
    TeamService teams;
    @Autowired
    PeopleService people;
    @Autowired
    PlanningService planning;
    @Autowired
    SessionService sessions;
    @Autowired
    SessionHoldingService holding;
    @Autowired
    GapService gaps;
    @Autowired
    ActionItemService actions;
    @Autowired
    ArticleService articles;
    @Autowired
    CalendarFeedService feeds;

    private long team(Case c, Cadence cadence) {
        var settings = new TeamSettings(DomainFixtures.unique("Matrix"), c.zone(), c.slotDay(), c.slotStart(), 45, cadence,
                cadence == Cadence.EVERY_SPRINT ? 4 : null, cadence == Cadence.EVERY_SPRINT ? SPRINT_START : null, null);
        return teams.createTeam(DomainFixtures.SYSTEM_ADMIN, settings).id();
    }

    private Actor person(long team, Case c, TeamRole role) {
        String name = "Matrix " + UUID.randomUUID().toString().substring(0, 8);
        long id = teams.addNewPerson(DomainFixtures.SYSTEM_ADMIN, team,
                PersonProfile.basic(name, name.replace(' ', '.').toLowerCase() + "@example.com", c.zone()),
                new MembershipTerms(role, true, LocalDate.of(2026, 1, 5))).personId();
        return new Actor(id, false);
    }

    private List<String> nextSlots(Actor manager, long team, int count) {
        return planning.propose(manager, team, count).slots().stream().map(PlannedSlot::slot)
                .map(s -> s.start().toOffsetDateTime().toString()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void nextSlotsPerCadenceAreTheRightWallTimesOnTheRightDates(Case c) {
        clock.set(c.now());
        long weekly = team(c, Cadence.WEEKLY);
        long biweekly = team(c, Cadence.EVERY_TWO_WEEKS);
        long sprint = team(c, Cadence.EVERY_SPRINT);

        assertThat(nextSlots(person(weekly, c, TeamRole.MANAGER), weekly, 3)).isEqualTo(c.weekly());
        assertThat(nextSlots(person(biweekly, c, TeamRole.MANAGER), biweekly, 2)).isEqualTo(c.biweekly());
        assertThat(nextSlots(person(sprint, c, TeamRole.MANAGER), sprint, 2)).isEqualTo(c.sprint());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void anItemIsDueOnTheDayOfTheTeamsNextSession(Case c) {
        clock.set(c.now());
        long team = team(c, Cadence.WEEKLY);
        Actor manager = person(team, c, TeamRole.MANAGER);
        for (String start : c.weekly().subList(0, 2)) {
            sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Lunch & learn " + start,
                    ZonedDateTime.parse(start).withZoneSameInstant(c.zone()), manager.personId()));
        }
        long gap = gaps.log(manager, team, GapDraft.of("Time zones", GapSource.RETROSPECTIVE, Urgency.MEDIUM)).id();

        long item = actions.raiseForGap(manager, gap, new ActionItemDraft("Read up on time zones", manager.personId(), null));

        LocalDate nextSessionDay = ZonedDateTime.parse(c.weekly().getFirst()).toLocalDate();
        var feed = feeds.personalFeed(feeds.regenerate(manager)).orElseThrow();
        assertThat(feed.dueItems()).filteredOn(i -> i.itemId() == item).extracting(FeedDueItem::dueOn)
                .containsExactly(nextSessionDay);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void remindersGoOutThreeDaysBeforeTheTeamsDueDateAndOnceItHasPassed(Case c) {
        clock.set(c.now());
        LocalDate today = c.today();
        var candidates = Stream.of(today.minusDays(1), today, today.plusDays(3), today.plusDays(4))
                .map(due -> new ReminderCandidate(due.toEpochDay(), ActionItemStatus.OPEN, true, due, c.zone(), "Owner",
                        "owner@example.com", "Team", "Item due " + due, "Session"))
                .toList();

        var selected = ReminderSelection.select(candidates, Set.of(), clock, 3);

        assertThat(selected).extracting(Reminder::dueOn, Reminder::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(today.minusDays(1), ReminderKind.OVERDUE),
                org.assertj.core.groups.Tuple.tuple(today, ReminderKind.BEFORE_DUE),
                org.assertj.core.groups.Tuple.tuple(today.plusDays(3), ReminderKind.BEFORE_DUE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void thePersonalFeedKeepsNinetyDaysOfDueDatesAndMarksWhatIsOverdue(Case c) {
        clock.set(c.now());
        long team = team(c, Cadence.WEEKLY);
        Actor manager = person(team, c, TeamRole.MANAGER);
        long gap = gaps.log(manager, team, GapDraft.of("Feeds", GapSource.RETROSPECTIVE, Urgency.MEDIUM)).id();
        LocalDate today = c.today();
        for (LocalDate due : List.of(today.minusDays(91), today.minusDays(90), today.minusDays(1), today)) {
            actions.raiseForGap(manager, gap, new ActionItemDraft("Due " + due, manager.personId(), due));
        }

        var feed = feeds.personalFeed(feeds.regenerate(manager)).orElseThrow();

        assertThat(feed.dueItems()).extracting(FeedDueItem::dueOn, FeedDueItem::overdue).containsExactly(
                org.assertj.core.groups.Tuple.tuple(today.minusDays(90), true),
                org.assertj.core.groups.Tuple.tuple(today.minusDays(1), true),
                org.assertj.core.groups.Tuple.tuple(today, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void theFairnessPeriodEndingTodayCountsASessionHeldYesterday(Case c) {
        clock.set(c.now());
        long team = team(c, Cadence.WEEKLY);
        Actor manager = person(team, c, TeamRole.MANAGER);
        LocalDate today = c.today();
        var yesterdayNoon = today.minusDays(1).atTime(LocalTime.NOON).atZone(c.zone());
        long held = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Yesterday",
                yesterdayNoon, manager.personId())).id();
        holding.hold(manager, held, null);

        var lastYear = planning.fairness(manager, team, today.minusYears(1), today);
        var fromToday = planning.fairness(manager, team, today, today.plusYears(1));

        assertThat(lastYear.rows()).filteredOn(r -> r.personId() == manager.personId())
                .singleElement().satisfies(r -> assertThat(r.facilitations()).isEqualTo(1));
        assertThat(fromToday.rows()).filteredOn(r -> r.personId() == manager.personId())
                .singleElement().satisfies(r -> assertThat(r.facilitations()).isZero());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void anArticleIsStaleTheDayAfterItsReviewDate(Case c) {
        clock.set(c.now());
        long team = team(c, Cadence.WEEKLY);
        Actor manager = person(team, c, TeamRole.MANAGER);
        LocalDate today = c.today();
        articles.create(manager, team, new ArticleDraft("Review was due yesterday", "Text", List.of(), today.minusDays(1),
                Set.of(), Set.of(), List.of()));
        articles.create(manager, team, new ArticleDraft("Review is due today", "Text", List.of(), today,
                Set.of(), Set.of(), List.of()));

        assertThat(articles.stale(manager, team)).extracting(ArticleCard::title).containsExactly("Review was due yesterday");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("moments")
    void outOfOfficeTodayFollowsTheTeamsDate(Case c) {
        clock.set(c.now());
        long team = team(c, Cadence.WEEKLY);
        Actor manager = person(team, c, TeamRole.MANAGER);
        Actor awayToday = person(team, c, TeamRole.MEMBER);
        Actor backToday = person(team, c, TeamRole.MEMBER);
        LocalDate today = c.today();
        away(manager, awayToday, today, today);
        away(manager, backToday, today.minusDays(3), today.minusDays(1));

        var rows = teams.members(manager, team, "", PageRequest.of(0, 10));

        assertThat(rows).filteredOn(MemberRow::outOfOfficeToday).extracting(MemberRow::personId)
                .containsExactly(awayToday.personId());
    }

    private void away(Actor manager, Actor who, LocalDate first, LocalDate last) {
        var details = people.details(manager, who.personId());
        people.reviseProfile(manager, who.personId(), details.version(),
                details.profile().withAbsences(List.of(new Absence(first, last, "Holiday"))));
    }
}
