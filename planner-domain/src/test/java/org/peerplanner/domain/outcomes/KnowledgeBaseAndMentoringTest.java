package org.peerplanner.domain.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.domain.outcomes.Histories.d;
import static org.peerplanner.domain.outcomes.Histories.scope;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseAndMentoringTest {

    private final TeamScope scope = scope("2026-01", "2026-06", List.of());

    @Test
    void articlesWrittenRevisedAndPastReview() {
        var articles = List.of(new ArticleTrace(d("2026-01-10"), List.of(d("2026-02-01"), d("2026-02-03")), d("2026-03-01")),
                new ArticleTrace(d("2026-02-10"), List.of(), d("2026-12-01")), new ArticleTrace(d("2025-02-10"), List.of(), null));

        SectionFigures figures = KnowledgeBaseFigures.measure(articles, 7, 3, scope);

        assertThat(figures.series("kb-articles").line("Written").values()).containsExactly(1.0, 1.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(figures.series("kb-articles").line("Revised").values()).containsExactly(0.0, 2.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(figures.facts()).contains(new Fact("Past their review date now", "33 % (1 of 3)"),
                new Fact("Searches that found nothing", "7 (3 different queries)"));
    }

    @Test
    void emptyKnowledgeBase() {
        var figures = KnowledgeBaseFigures.measure(List.of(), 0, 0, scope);
        assertThat(figures.series("kb-articles").reading()).isEqualTo("No article was written or revised in this period.");
        assertThat(figures.facts()).contains(new Fact("Past their review date now", "no data yet"));
    }

    @Test
    void mentorshipsRunningCompletedAndEndedEarly() {
        var mentorships = List.of(new MentorshipTrace(d("2026-01-05"), true, false, null),
                new MentorshipTrace(d("2025-11-05"), false, true, d("2026-03-01")),
                new MentorshipTrace(d("2026-02-05"), false, false, d("2026-04-01")),
                new MentorshipTrace(d("2025-01-05"), false, false, d("2025-06-01")));

        SectionFigures figures = MentoringFigures.measure(mentorships, scope);

        assertThat(figures.facts()).containsExactly(new Fact("Running now", "1"), new Fact("Completed", "1"),
                new Fact("Ended early", "1"));
        assertThat(figures.series("mentoring-started").line("Started").values()).containsExactly(1.0, 1.0, 0.0, 0.0, 0.0, 0.0);
    }
}
