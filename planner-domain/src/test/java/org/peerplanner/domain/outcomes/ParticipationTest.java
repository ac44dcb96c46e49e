package org.peerplanner.domain.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.domain.outcomes.Histories.d;
import static org.peerplanner.domain.outcomes.Histories.member;
import static org.peerplanner.domain.outcomes.Histories.scope;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipationTest {

    @Test
    void peoplePerHeldSessionRateAndWhoCameAtLeastOnce() {
        var scope = scope("2026-03", "2026-05", List.of(member(1, "2025-01-01"), member(2, "2025-01-01"),
                member(3, "2025-01-01"), member(4, "2025-01-01")));
        var sessions = List.of(SessionTrace.held(d("2026-03-05"), 1L, null), SessionTrace.held(d("2026-03-12"), 2L, null),
                SessionTrace.cancelled(d("2026-03-19"), "release week"), SessionTrace.held(d("2026-05-07"), 1L, null),
                SessionTrace.held(d("2026-02-26"), 1L, null));
        var attendance = List.of(new AttendanceTrace(YearMonth.of(2026, 3), 1, 2),
                new AttendanceTrace(YearMonth.of(2026, 3), 2, 1), new AttendanceTrace(YearMonth.of(2026, 3), 9, 1),
                new AttendanceTrace(YearMonth.of(2026, 5), 1, 1), new AttendanceTrace(YearMonth.of(2026, 2), 3, 1));

        SectionFigures figures = Participation.measure(sessions, attendance, scope);

        MetricSeries people = figures.series("participation-people");
        assertThat(people.line("People per held session").values()).containsExactly(2.0, null, 1.0);
        assertThat(people.line("Came to at least one").values()).containsExactly(3.0, null, 1.0);
        assertThat(figures.series("participation-rate").line("Share of members present").values())
                .containsExactly(50.0, null, 25.0);
        assertThat(figures.facts()).containsExactly(new Fact("Held sessions", "3"),
                new Fact("People per held session", "1.7 (42 % of the members)"),
                new Fact("Members who came to at least one session", "50 % (2 of 4)"),
                new Fact("People who came to at least one session", "3"));
        assertThat(figures.personal().get(1L)).containsExactly(new Fact("Held sessions you came to in the period", "3 of 3"));
        assertThat(figures.personal().get(3L)).containsExactly(new Fact("Held sessions you came to in the period", "0 of 3"));
        assertThat(figures.personal()).doesNotContainKey(9L);
    }

    @Test
    void noSessionNoFiguresAndNoMembersNoRate() {
        var figures = Participation.measure(List.of(), List.of(), scope("2026-03", "2026-04", List.of()));

        assertThat(figures.series("participation-rate").hasData()).isFalse();
        assertThat(figures.series("participation-people").reading()).isEqualTo("No session was held in this period yet.");
        assertThat(figures.facts()).contains(new Fact("People per held session", "no data yet"),
                new Fact("Members who came to at least one session", "no data yet"));
    }
}
