package org.peerplanner.domain.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.peerplanner.domain.outcomes.ArticleTrace;
import org.peerplanner.domain.outcomes.KnowledgeBaseFigures;
import org.peerplanner.domain.outcomes.MetricSection;
import org.peerplanner.domain.outcomes.OverviewFigures;
import org.peerplanner.domain.outcomes.SectionFigures;
import org.peerplanner.domain.outcomes.TeamScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The knowledge-base section: articles written and revised, past their review date, searches that found nothing. */
@Component
@Transactional(readOnly = true)
class KnowledgeOutcomes implements MetricSection {

    private final KnowledgeOutcomeQueries queries;
    private final UnansweredSearches unanswered;

    KnowledgeOutcomes(KnowledgeOutcomeQueries queries, UnansweredSearches unanswered) {
        this.queries = queries;
        this.unanswered = unanswered;
    }

    @Override
    public int order() {
        return 50;
    }

    /** The knowledge base shows no flag and no sparkline in the organisation overview: nothing to read for it. */
    @Override
    public Map<Long, OverviewFigures> overview(List<TeamScope> teams) {
        return Map.of();
    }

    @Override
    public Map<Long, SectionFigures> measure(List<TeamScope> teams) {
        Map<Long, TeamScope> byId = teams.stream().collect(Collectors.toMap(TeamScope::teamId, t -> t));
        var articles = queries.articles(byId.keySet());
        Map<Long, Long> teamOf = articles.stream().collect(Collectors.toMap(
                KnowledgeOutcomeQueries.ArticleDates::articleId, KnowledgeOutcomeQueries.ArticleDates::teamId));
        Map<Long, List<LocalDate>> revised = new HashMap<>();
        // Revisions count in the month they were saved: the period's (a day earlier covers every team's zone).
        java.time.Instant from = teams.stream().map(t -> t.period().start()).min(LocalDate::compareTo).orElseThrow()
                .minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        for (var revision : queries.revisions(byId.keySet(), from)) {
            TeamScope scope = byId.get(teamOf.get(revision.articleId()));
            revised.computeIfAbsent(revision.articleId(), id -> new ArrayList<>()).add(scope.localDate(revision.savedAt()));
        }
        Map<Long, List<ArticleTrace>> traces = new HashMap<>();
        for (var article : articles) {
            TeamScope scope = byId.get(article.teamId());
            traces.computeIfAbsent(article.teamId(), id -> new ArrayList<>()).add(new ArticleTrace(
                    scope.localDate(article.createdAt()), revised.getOrDefault(article.articleId(), List.of()),
                    article.reviewBy()));
        }
        var misses = unanswered.totals(byId.keySet());
        Map<Long, SectionFigures> figures = new HashMap<>();
        for (TeamScope team : teams) {
            long[] missed = misses.getOrDefault(team.teamId(), new long[] {0, 0});
            figures.put(team.teamId(), KnowledgeBaseFigures.measure(traces.getOrDefault(team.teamId(), List.of()),
                    missed[0], missed[1], team));
        }
        return figures;
    }
}
