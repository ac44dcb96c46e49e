package org.peerplanner.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.action.SessionWrapUp;
import org.peerplanner.domain.action.SessionWrapUpService;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.outcomes.Fact;
import org.peerplanner.domain.outcomes.MetricSeries;
import org.peerplanner.domain.outcomes.OutcomePeriod;
import org.peerplanner.domain.outcomes.OutcomesService;
import org.peerplanner.domain.outcomes.SectionFigures;
import org.peerplanner.domain.outcomes.TeamFlag;
import org.peerplanner.domain.outcomes.TeamOutcomes;
import org.peerplanner.domain.outcomes.TeamOverviewRow;
import org.peerplanner.domain.session.AnsweringTeams.AnsweringTeam;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Attendance ticked at wrap-up feeds the participation figures of the outcomes dashboard (exact figures from known
 * attendance), and the organisation overview says for a team what its dashboard says for the same months.
 */
@SpringBootTest
@UsePlannerTestDatabase
class ParticipationOutcomesIT {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant TODAY = Instant.parse("2026-12-01T07:41:00Z");
    static final ZonedDateTime JAN_12 = ZonedDateTime.of(2027, 1, 12, 12, 30, 0, 0, BERLIN);

    @Autowired TestClock clock;
    @Autowired SessionService sessions;
    @Autowired SessionHoldingService holding;
    @Autowired SessionWrapUpService wrapUps;
    @Autowired OutcomesService outcomes;
    @Autowired GapService gaps;
    @Autowired GapLifecycleService lifecycle;
    @Autowired AnsweringTeams answering;

    AnsweringTeam t;

    @BeforeEach
    void fiveMembersThreeHeldSessions() {
        clock.set(TODAY);
        t = answering.create("Participation");
        gaps.log(t.manager(), t.id(), new GapDraft("Kafka retries", null, GapSource.RETROSPECTIVE, null, Urgency.MEDIUM,
                List.of("kafka"), Set.of(), false, null, null));
        var closed = gaps.log(t.manager(), t.id(), new GapDraft("Flaky tests", null, GapSource.RETROSPECTIVE, null,
                Urgency.MEDIUM, List.of("testing"), Set.of(), false, null, null));
        lifecycle.close(t.manager(), closed.id(), "Covered.");

        long first = answering.answeredSession(t, JAN_12);
        long second = answering.answeredSession(t, JAN_12.plusWeeks(2));
        long april = answering.answeredSession(t, JAN_12.plusMonths(3));
        clock.set(JAN_12.plusMonths(3).plusHours(1).toInstant());
        holding.hold(t.lead(), first, null);                               // came: lead, yes
        long version = sessions.details(t.lead(), second).version();
        wrapUps.wrapUp(t.lead(), second, version, new SessionWrapUp(null, List.of(), List.of(),
                Set.of(t.lead().personId(), t.yes().personId(), t.silent().personId()))); // lead, yes, silent
        holding.hold(t.lead(), april, null);                               // came: lead, yes
    }

    @Test
    void attendanceTickedAtWrapUpGivesExactParticipationFigures() {
        var period = new OutcomePeriod(YearMonth.of(2027, 1), YearMonth.of(2027, 4));

        TeamOutcomes dashboard = outcomes.dashboard(t.yes(), t.id(), period);
        SectionFigures participation = dashboard.section("participation");

        assertThat(participation.facts()).containsExactly(
                new Fact("Held sessions", "3"),
                new Fact("People per held session", "2.3 (47 % of the members)"),
                new Fact("Members who came to at least one session", "60 % (3 of 5)"),
                new Fact("People who came to at least one session", "3"));
        MetricSeries people = participation.series("participation-people");
        assertThat(people.line("People per held session").values()).containsExactly(2.5, null, null, 2.0);
        assertThat(people.line("Came to at least one").values()).containsExactly(3.0, null, null, 2.0);
        assertThat(participation.series("participation-rate").line("Share of members present").values())
                .containsExactly(50.0, null, null, 40.0);
        assertThat(dashboard.mine()).contains(new Fact("Held sessions you came to in the period", "3 of 3"));
        assertThat(outcomes.dashboard(t.maybe(), t.id(), period).mine())
                .contains(new Fact("Held sessions you came to in the period", "0 of 3"));
        assertThat(dashboard.sections()).allSatisfy(s -> assertThat(s.personal()).isEmpty());
    }

    @Test
    void theOverviewRowOfATeamEqualsItsDashboardOverTheSameMonths() {
        var period = OutcomePeriod.lastMonths(outcomes.today(t.id()), OutcomesService.OVERVIEW_MONTHS);
        TeamOutcomes dashboard = outcomes.dashboard(DomainFixtures.SYSTEM_ADMIN, t.id(), period);

        TeamOverviewRow row = outcomes.overview(DomainFixtures.SYSTEM_ADMIN).stream()
                .filter(r -> r.teamId() == t.id()).findFirst().orElseThrow();

        var flags = EnumSet.noneOf(TeamFlag.class);
        dashboard.sections().forEach(s -> flags.addAll(s.flags()));
        assertThat(row.flags()).isEqualTo(flags);
        assertThat(row.memberCount()).isEqualTo(dashboard.memberCount());
        List<TeamOverviewRow.Sparkline> expected = dashboard.sections().stream().filter(s -> s.sparkline() != null)
                .map(s -> s.series(s.sparkline()))
                .map(s -> new TeamOverviewRow.Sparkline(s.title(), s.lines().getFirst().values())).toList();
        assertThat(row.sparklines()).isEqualTo(expected);
        assertThat(row.sparklines()).extracting(TeamOverviewRow.Sparkline::title)
                .contains("Attendance rate per held session");
        assertThat(row.sparklines().stream().filter(s -> s.title().equals("Attendance rate per held session"))
                .findFirst().orElseThrow().values()).containsExactly(null, null, 50.0, null, null, 40.0);
    }
}
