package org.peerplanner.domain.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.domain.outcomes.Histories.d;
import static org.peerplanner.domain.outcomes.Histories.member;
import static org.peerplanner.domain.outcomes.Histories.scope;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeSpreadTest {

    private final List<TeamMember> five = List.of(member(1, "2025-01-01"), member(2, "2025-01-01"),
            member(3, "2026-01-05"), member(4, "2026-02-01"), new TeamMember(5, d("2025-01-01"), false));

    @Test
    void theSmallestGroupThatLedHalfOfATagsSessions() {
        var held = List.of(
                SessionTrace.held(d("2026-01-08"), 1L, 3L, "kafka"), SessionTrace.held(d("2026-01-15"), 1L, null, "kafka"),
                SessionTrace.held(d("2026-02-05"), 1L, null, "kafka"), SessionTrace.held(d("2026-02-12"), 2L, 4L, "kafka"),
                SessionTrace.held(d("2026-03-05"), 2L, null, "sql"), SessionTrace.held(d("2026-03-12"), 3L, null, "sql"),
                SessionTrace.held(d("2026-03-19"), 4L, null, "sql"), SessionTrace.held(d("2026-03-26"), 1L, null, "sql"));

        SectionFigures figures = KnowledgeSpread.measure(held, scope("2026-01", "2026-06", five));

        MetricSeries keepers = figures.series("spread-keepers");
        assertThat(keepers.labels()).containsExactly("kafka", "sql");
        assertThat(keepers.line("People").values()).containsExactly(1.0, 2.0);
        assertThat(keepers.reading()).isEqualTo("One person led at least half of the sessions on kafka.");
        assertThat(figures.flags()).containsExactly(TeamFlag.SINGLE_KNOWLEDGE_KEEPER);
        // Five members: the busiest fifth is one person, who led 4 of 8.
        assertThat(figures.facts()).contains(new Fact("Led by the busiest fifth of the members", "50 % (4 of 8)"),
                new Fact("Rotation members who led or co-led", "100 % (4 of 4)"),
                // Person 3 joined 5 Jan, co-led 8 Jan (3 days); person 4 joined 1 Feb, co-led 12 Feb (11 days).
                new Fact("Median days from joining to first co-led session", "3 (2 people)"));
    }

    @Test
    void personalFiguresAreKeptPerPerson() {
        var held = List.of(SessionTrace.held(d("2026-01-08"), 1L, null, "kafka"),
                SessionTrace.held(d("2026-01-15"), 1L, null, "kafka"));

        var personal = KnowledgeSpread.measure(held, scope("2026-01", "2026-06", five)).personal();

        assertThat(personal.get(1L)).contains(new Fact("Sessions you led in the period", "2"),
                new Fact("Skill tags where you led at least half of the sessions alone", "kafka"));
        assertThat(personal.get(2L)).contains(new Fact("Sessions you led in the period", "0"));
        assertThat(personal.get(2L)).noneMatch(f -> f.value().contains("kafka"));
    }

    @Test
    void aOnePersonTeam() {
        var alone = List.of(member(7, "2026-01-01"));
        var held = List.of(SessionTrace.held(d("2026-01-08"), 7L, null, "go"), SessionTrace.held(d("2026-02-08"), 7L, null, "go"));

        var figures = KnowledgeSpread.measure(held, scope("2026-01", "2026-06", alone));

        assertThat(figures.facts()).contains(new Fact("Led by the busiest fifth of the members", "100 % (2 of 2)"),
                new Fact("Median days from joining to first led session", "7 (1 person)"));
        assertThat(figures.flags()).containsExactly(TeamFlag.SINGLE_KNOWLEDGE_KEEPER);
    }

    @Test
    void oneSessionOnATagIsNotYetAKeeper() {
        var figures = KnowledgeSpread.measure(List.of(SessionTrace.held(d("2026-01-08"), 1L, null, "go")),
                scope("2026-01", "2026-06", five));
        assertThat(figures.flags()).isEmpty();
    }

    @Test
    void anEmptyHistory() {
        var figures = KnowledgeSpread.measure(List.of(), scope("2026-01", "2026-06", List.of()));
        assertThat(figures.series("spread-keepers").labels()).isEmpty();
        assertThat(figures.facts()).contains(new Fact("Rotation members who led or co-led", "no data yet"),
                new Fact("Median days from joining to first led session", "no data yet"));
        assertThat(figures.flags()).isEmpty();
    }
}
