package org.peerplanner.domain.outcomes;

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

    public static SectionFigures measure(List<ArticleTrace> articles, long unansweredSearches, long unansweredQueries,
                                         TeamScope scope) {
        OutcomePeriod period = scope.period();
        List<Double> written = new ArrayList<>();
        List<Double> revised = new ArrayList<>();
        Map<YearMonth, Integer> writtenIn = new java.util.HashMap<>();
        Map<YearMonth, Integer> revisedIn = new java.util.HashMap<>();
        for (ArticleTrace a : articles) {
            writtenIn.merge(YearMonth.from(a.writtenOn()), 1, Integer::sum);
            a.revisedOn().forEach(d -> revisedIn.merge(YearMonth.from(d), 1, Integer::sum));
        }
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
        long past = articles.stream().filter(a -> a.reviewBy() != null && a.reviewBy().isBefore(scope.today())).count();
        List<Fact> facts = List.of(
                new Fact("Articles written", String.valueOf(writtenTotal)),
                new Fact("Revisions saved", String.valueOf(revisedTotal)),
                new Fact("Past their review date now", Readings.share(past, articles.size())),
                new Fact("Searches that found nothing", unansweredSearches + " (" + unansweredQueries
                        + (unansweredQueries == 1 ? " query)" : " different queries)")));
        return new SectionFigures(ID, "Knowledge base", 50, facts, List.of(series), Set.of(), Map.of(), null);
    }
}
