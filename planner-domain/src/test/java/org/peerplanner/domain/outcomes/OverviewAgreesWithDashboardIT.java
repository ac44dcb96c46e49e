package org.peerplanner.domain.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.team.Cadence;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSettings;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The organisation overview reads grouped rows, not the dashboard's traces; it must still show for every team what
 * that team's dashboard shows over the same months: the same flags and the same sparklines. Teams on both sides of
 * the date line (their "today" and so their six months differ), gaps closed inside and outside 90 days, a single
 * knowledge keeper, a cadence below half, a session held on the team's tomorrow, and every other team in the test
 * database as the other tests left it.
 */
@SpringBootTest
@UsePlannerTestDatabase
class OverviewAgreesWithDashboardIT {

    /** 05:00 UTC: 30 November in Los Angeles, 1 December in Berlin and on Kiritimati: different six months. */
    static final Instant NOW = Instant.parse("2026-12-01T05:00:00Z");
    /** A Tuesday in Berlin and on Kiritimati, still Monday in Los Angeles: that day's held session is its tomorrow. */
    static final Instant TWO_WEEKS_AGO = Instant.parse("2026-11-17T05:00:00Z");

    @Autowired TestClock clock;
    @Autowired OutcomesService outcomes;
    @Autowired TeamService teams;
    @Autowired DomainFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyTeamsOverviewRowShowsWhatItsDashboardShows() {
        clock.set(Instant.parse("2026-02-01T09:00:00Z")); // the teams' cadence counts from their creation
        long keeper = team("Overview keeper", "America/Los_Angeles");
        long steady = team("Overview steady", "Pacific/Kiritimati");
        long quiet = team("Overview quiet", "Europe/Berlin");
        history(keeper, 4, true, 120);
        history(steady, 10, false, 20);
        history(quiet, 9, false, 200);
        clock.set(NOW);

        Map<Long, TeamOverviewRow> rows = overview();
        assertThat(rows.get(keeper).flags()).containsExactlyInAnyOrder(TeamFlag.SINGLE_KNOWLEDGE_KEEPER,
                TeamFlag.CADENCE_BELOW_HALF, TeamFlag.NO_GAP_CLOSED_IN_90_DAYS);
        assertThat(rows.get(steady).flags()).isEmpty();
        assertThat(rows.get(quiet).flags()).contains(TeamFlag.NO_GAP_CLOSED_IN_90_DAYS)
                .doesNotContain(TeamFlag.CADENCE_BELOW_HALF);
        assertThat(rows.get(steady).sparklines()).allSatisfy(s -> assertThat(s.values()).doesNotContainNull());
        List<Long> compared = new ArrayList<>(List.of(keeper, steady, quiet));
        rows.keySet().stream().filter(id -> !compared.contains(id)).sorted().limit(40).forEach(compared::add);
        assertAgree(rows, compared);

        clock.set(TWO_WEEKS_AGO);
        assertAgree(overview(), compared);
    }

    private Map<Long, TeamOverviewRow> overview() {
        return outcomes.overview(DomainFixtures.SYSTEM_ADMIN).stream()
                .collect(Collectors.toMap(TeamOverviewRow::teamId, Function.identity()));
    }

    private void assertAgree(Map<Long, TeamOverviewRow> rows, List<Long> teamIds) {
        for (long team : teamIds) {
            assertThat(rows.get(team)).as("team %d", team).isEqualTo(fromDashboard(team, rows.get(team)));
        }
    }

    private TeamOverviewRow fromDashboard(long team, TeamOverviewRow row) {
        var period = OutcomePeriod.lastMonths(outcomes.today(team), OutcomesService.OVERVIEW_MONTHS);
        TeamOutcomes dashboard = outcomes.dashboard(DomainFixtures.SYSTEM_ADMIN, team, period);
        var flags = EnumSet.noneOf(TeamFlag.class);
        dashboard.sections().forEach(s -> flags.addAll(s.flags()));
        var sparklines = dashboard.sections().stream().filter(s -> s.sparkline() != null)
                .map(s -> OverviewFigures.sparkline(s.series(s.sparkline()))).toList();
        return new TeamOverviewRow(team, row.teamName(), dashboard.memberCount(), flags, sparklines);
    }

    private long team(String name, String zone) {
        long id = teams.createTeam(DomainFixtures.SYSTEM_ADMIN, new TeamSettings(DomainFixtures.unique(name),
                ZoneId.of(zone), DayOfWeek.TUESDAY, LocalTime.NOON, 45, Cadence.WEEKLY, null, null, "Room 1")).id();
        fixtures.manager(id);
        for (int i = 0; i < 5; i++) {
            fixtures.member(id);
        }
        return id;
    }

    /**
     * Eight months of weekly Tuesdays up to 1 December: {@code heldOfTen} in ten held (the rest cancelled), led in
     * turn or mostly by one person, a sixth without a lead, each covering a gap logged that day with one of four
     * tags (a fifth of the gaps closed {@code closedDaysAgo} days before 1 December or earlier, some declined), and
     * some of the team ticked present.
     */
    private void history(long team, int heldOfTen, boolean oneKeeper, int closedDaysAgo) {
        List<Long> people = jdbc.queryForList("select person_id from membership where team_id = ? order by person_id",
                Long.class, team);
        LocalDate last = LocalDate.of(2026, 12, 1);
        int week = 0;
        for (LocalDate day = last.minusMonths(8).with(DayOfWeek.TUESDAY); !day.isAfter(last); day = day.plusWeeks(1)) {
            week++;
            boolean held = day.equals(last) || week % 10 < heldOfTen;
            Long lead = week % 6 == 0 ? null : oneKeeper && week % 4 != 0 ? people.get(1) : people.get(week % 6);
            String status = week % 5 == 0 ? "CLOSED" : week % 7 == 0 ? "DECLINED" : "OPEN";
            long gap = gap(team, people.getFirst(), day, status, "tag" + week % 4);
            if (status.equals("CLOSED")) {
                jdbc.update("insert into gap_history (gap_id, happened_at, person_name, event_type, to_status) "
                        + "values (?, ?, 'Test', 'CLOSED', 'CLOSED')", gap,
                        Timestamp.from(NOW.minusSeconds(86_400L * (closedDaysAgo + week))));
            }
            long session = session(team, day, held, lead);
            jdbc.update("insert into session_gap (session_id, gap_id) values (?, ?)", session, gap);
            if (held) {
                for (int p = 0; p < people.size(); p += 1 + week % 3) {
                    jdbc.update("insert into session_attended (session_id, person_id) values (?, ?)", session,
                            people.get(p));
                }
            }
        }
    }

    private long gap(long team, long reporter, LocalDate day, String status, String tag) {
        var key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement s = c.prepareStatement("insert into knowledge_gap (version, team_id, title, source, "
                    + "urgency, confidential, origin, status, reporter_id, reported_on, created_at) values (0, ?, ?, "
                    + "'RETROSPECTIVE', 'MEDIUM', false, 'LOGGED', ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            s.setLong(1, team);
            s.setString(2, "Gap " + day);
            s.setString(3, status);
            s.setLong(4, reporter);
            s.setObject(5, day);
            s.setTimestamp(6, Timestamp.from(NOW));
            return s;
        }, key);
        long id = key.getKey().longValue();
        jdbc.update("insert into gap_tag (gap_id, tag) values (?, ?)", id, tag);
        return id;
    }

    private long session(long team, LocalDate day, boolean held, Long lead) {
        var key = new GeneratedKeyHolder();
        Timestamp at = Timestamp.from(day.atTime(11, 0).toInstant(java.time.ZoneOffset.UTC));
        jdbc.update(c -> {
            PreparedStatement s = c.prepareStatement("insert into learning_session (version, uid, team_id, slot_date, "
                    + "format, title, starts_at, time_zone, duration_minutes, facilitator_id, status, cancel_reason, "
                    + "revision, created_at, updated_at) values (0, ?, ?, ?, 'LUNCH_AND_LEARN', 'Session', ?, "
                    + "'Europe/Berlin', 60, ?, ?, ?, 0, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            s.setString(1, "overview-" + UUID.randomUUID());
            s.setLong(2, team);
            s.setObject(3, day);
            s.setTimestamp(4, at);
            s.setObject(5, lead);
            s.setString(6, held ? "HELD" : "CANCELLED");
            s.setString(7, held ? null : "Release week");
            s.setTimestamp(8, at);
            s.setTimestamp(9, at);
            return s;
        }, key);
        return key.getKey().longValue();
    }
}
