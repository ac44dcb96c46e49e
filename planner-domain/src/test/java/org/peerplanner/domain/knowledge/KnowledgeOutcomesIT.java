package org.peerplanner.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.outcomes.ArticleTrace;
import org.peerplanner.domain.outcomes.Fact;
import org.peerplanner.domain.outcomes.KnowledgeBaseFigures;
import org.peerplanner.domain.outcomes.OutcomePeriod;
import org.peerplanner.domain.outcomes.SectionFigures;
import org.peerplanner.domain.outcomes.TeamScope;
import org.peerplanner.domain.team.Cadence;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.team.TeamSettings;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The knowledge-base section reads counts and the period's rows, not every article: it must give what the figures
 * give from every article's dates, also for two teams measured together on either side of the date line (one's
 * "today" is the other's yesterday, so an article due for review that day is past for one team only).
 */
@SpringBootTest
@UsePlannerTestDatabase
class KnowledgeOutcomesIT {

    /** 30 November in Los Angeles, 1 December on Kiritimati. */
    static final Instant NOW = Instant.parse("2026-12-01T05:00:00Z");

    @Autowired KnowledgeOutcomes section;
    @Autowired TeamService teams;
    @Autowired DomainFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @Test
    void countsAndThePeriodsRowsGiveWhatEveryArticleGives() {
        TeamScope losAngeles = scope("America/Los_Angeles");
        TeamScope kiritimati = scope("Pacific/Kiritimati");
        for (TeamScope team : List.of(losAngeles, kiritimati)) {
            long author = fixtures.member(team.teamId()).personId();
            // written on the evening of 30 November in Los Angeles, 1 December on Kiritimati; due for review on 30 November
            article(team.teamId(), author, Instant.parse("2026-11-30T20:00:00Z"), LocalDate.of(2026, 11, 30));
            article(team.teamId(), author, Instant.parse("2025-01-10T09:00:00Z"), LocalDate.of(2026, 1, 1));
            long revised = article(team.teamId(), author, Instant.parse("2026-10-05T09:00:00Z"), null);
            jdbc.update("insert into article_revision (article_id, number, author_id, saved_at, title, body, tags, "
                    + "summary) values (?, 2, ?, ?, 'Notes', 'Body', '', 'Saved')", revised, author,
                    Timestamp.from(Instant.parse("2026-11-02T09:00:00Z")));
        }

        Map<Long, SectionFigures> figures = section.measure(List.of(losAngeles, kiritimati));

        var la = List.of(new ArticleTrace(LocalDate.of(2026, 11, 30), List.of(), LocalDate.of(2026, 11, 30)),
                new ArticleTrace(LocalDate.of(2025, 1, 10), List.of(), LocalDate.of(2026, 1, 1)),
                new ArticleTrace(LocalDate.of(2026, 10, 5), List.of(LocalDate.of(2026, 11, 2)), null));
        var ki = List.of(new ArticleTrace(LocalDate.of(2026, 12, 1), List.of(), LocalDate.of(2026, 11, 30)),
                la.get(1), la.get(2));
        assertThat(figures.get(losAngeles.teamId())).isEqualTo(KnowledgeBaseFigures.measure(la, 0, 0, losAngeles));
        assertThat(figures.get(kiritimati.teamId())).isEqualTo(KnowledgeBaseFigures.measure(ki, 0, 0, kiritimati));
        assertThat(figures.get(losAngeles.teamId()).facts()).contains(new Fact("Articles written", "2"),
                new Fact("Revisions saved", "1"), new Fact("Past their review date now", "33 % (1 of 3)"));
        assertThat(figures.get(kiritimati.teamId()).facts())
                .contains(new Fact("Past their review date now", "67 % (2 of 3)"));
    }

    private TeamScope scope(String zone) {
        ZoneId id = ZoneId.of(zone);
        long team = teams.createTeam(DomainFixtures.SYSTEM_ADMIN, new TeamSettings(DomainFixtures.unique("Articles"), id,
                DayOfWeek.TUESDAY, LocalTime.NOON, 45, Cadence.WEEKLY, null, null, "Room 1")).id();
        LocalDate today = LocalDate.ofInstant(NOW, id);
        return new TeamScope(team, "Articles", id, null, OutcomePeriod.lastMonths(today, 6), today, 60, List.of());
    }

    private long article(long team, long author, Instant createdAt, LocalDate reviewBy) {
        var key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement s = c.prepareStatement("insert into article (version, team_id, title, body, review_by, "
                    + "author_id, revision, created_at, updated_at) values (0, ?, 'Notes', 'Body', ?, ?, 1, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            s.setLong(1, team);
            s.setObject(2, reviewBy);
            s.setLong(3, author);
            s.setTimestamp(4, Timestamp.from(createdAt));
            s.setTimestamp(5, Timestamp.from(createdAt));
            return s;
        }, key);
        return key.getKey().longValue();
    }
}
