package org.peerplanner.domain.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        // The period's articles and revisions as rows: a day either side of the period covers every team's zone.
        Instant from = teams.stream().map(t -> t.period().start()).min(LocalDate::compareTo).orElseThrow()
                .minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = teams.stream().map(t -> t.period().end()).max(LocalDate::compareTo).orElseThrow()
                .plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        // Past their review date "today", in each team's zone: counted up to the earliest team's today, and the
        // articles due for review on the days until the latest team's today come as rows.
        LocalDate earliest = teams.stream().map(TeamScope::today).min(LocalDate::compareTo).orElseThrow();
        LocalDate latest = teams.stream().map(TeamScope::today).max(LocalDate::compareTo).orElseThrow();
        Map<Long, KnowledgeOutcomeQueries.ArticleCounts> counts = queries.counts(byId.keySet(), earliest).stream()
                .collect(Collectors.toMap(KnowledgeOutcomeQueries.ArticleCounts::teamId, c -> c));
        Map<Long, List<LocalDate>> written = new HashMap<>();
        Map<Long, Long> dueSince = new HashMap<>();
        for (var article : queries.articles(byId.keySet(), from, to, earliest, latest)) {
            TeamScope scope = byId.get(article.teamId());
            if (!article.createdAt().isBefore(from) && article.createdAt().isBefore(to)) {
                written.computeIfAbsent(article.teamId(), id -> new ArrayList<>()).add(scope.localDate(article.createdAt()));
            }
            if (article.reviewBy() != null && !article.reviewBy().isBefore(earliest)
                    && article.reviewBy().isBefore(scope.today())) {
                dueSince.merge(article.teamId(), 1L, Long::sum);
            }
        }
        Map<Long, List<LocalDate>> revised = new HashMap<>();
        for (var revision : queries.revisions(byId.keySet(), from)) {
            revised.computeIfAbsent(revision.teamId(), id -> new ArrayList<>())
                    .add(byId.get(revision.teamId()).localDate(revision.savedAt()));
        }
        var misses = unanswered.totals(byId.keySet());
        Map<Long, SectionFigures> figures = new HashMap<>();
        for (TeamScope team : teams) {
            long id = team.teamId();
            var count = counts.get(id);
            var articles = new KnowledgeBaseFigures.Articles(written.getOrDefault(id, List.of()),
                    revised.getOrDefault(id, List.of()), count == null ? 0 : count.articles(),
                    (count == null ? 0 : count.pastReview()) + dueSince.getOrDefault(id, 0L));
            long[] missed = misses.getOrDefault(id, new long[] {0, 0});
            figures.put(id, KnowledgeBaseFigures.measure(articles, missed[0], missed[1], team));
        }
        return figures;
    }
}
