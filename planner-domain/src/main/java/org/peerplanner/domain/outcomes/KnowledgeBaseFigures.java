package org.peerplanner.domain.outcomes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Is the knowledge base alive: articles written and revised per month, the share past their review date today, and
 * how many searches found nothing (recorded by query, never by person).
 */
public final class KnowledgeBaseFigures {

    public static final String ID = "knowledge-base";

    private KnowledgeBaseFigures() {
    }

    /**
     * A team's articles as the figures need them, not every article: the days articles were written and revisions
     * saved (at least the period's), how many articles there are, and how many are past their review date today.
     */
    public record Articles(List<LocalDate> writtenOn, List<LocalDate> revisedOn, long count, long pastReview) {

        public Articles {
            writtenOn = List.copyOf(writtenOn);
            revisedOn = List.copyOf(revisedOn);
        }

        /** From every article's dates. */
        public static Articles of(List<ArticleTrace> traces, LocalDate today) {
            return new Articles(traces.stream().map(ArticleTrace::writtenOn).toList(),
                    traces.stream().flatMap(a -> a.revisedOn().stream()).toList(), traces.size(),
                    traces.stream().filter(a -> a.reviewBy() != null && a.reviewBy().isBefore(today)).count());
        }
    }

    public static SectionFigures measure(List<ArticleTrace> articles, long unansweredSearches, long unansweredQueries,
                                         TeamScope scope) {
        return measure(Articles.of(articles, scope.today()), unansweredSearches, unansweredQueries, scope);
    }

    public static SectionFigures measure(Articles articles, long unansweredSearches, long unansweredQueries,
                                         TeamScope scope) {
        OutcomePeriod period = scope.period();
        List<Double> written = new ArrayList<>();
        List<Double> revised = new ArrayList<>();
        Map<YearMonth, Integer> writtenIn = new java.util.HashMap<>();
        Map<YearMonth, Integer> revisedIn = new java.util.HashMap<>();
        articles.writtenOn().forEach(d -> writtenIn.merge(YearMonth.from(d), 1, Integer::sum));
        articles.revisedOn().forEach(d -> revisedIn.merge(YearMonth.from(d), 1, Integer::sum));
        for (YearMonth month : period.months()) {
            written.add((double) writtenIn.getOrDefault(month, 0));
            revised.add((double) revisedIn.getOrDefault(month, 0));
        }
        long writtenTotal = Math.round(written.stream().mapToDouble(Double::doubleValue).sum());
        long revisedTotal = Math.round(revised.stream().mapToDouble(Double::doubleValue).sum());
        var series = new MetricSeries("kb-articles", "Articles written and revised per month", "articles",
                MetricSeries.Kind.TREND, Readings.months(period),
                List.of(new MetricSeries.Line("Written", written), new MetricSeries.Line("Revised", revised)),
                writtenTotal + revisedTotal == 0 ? "No article was written or revised in this period."
                        : writtenTotal + " articles written and " + revisedTotal + " revisions saved in this period.");
        List<Fact> facts = List.of(
                new Fact("Articles written", String.valueOf(writtenTotal)),
                new Fact("Revisions saved", String.valueOf(revisedTotal)),
                new Fact("Past their review date now", Readings.share(articles.pastReview(), articles.count())),
                new Fact("Searches that found nothing", unansweredSearches + " (" + unansweredQueries
                        + (unansweredQueries == 1 ? " query)" : " different queries)")));
        return new SectionFigures(ID, "Knowledge base", 50, facts, List.of(series), Set.of(), Map.of(), null);
    }
}
