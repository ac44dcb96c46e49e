package org.peerplanner.domain.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.session.Material;

/** The Markdown download, the "what changed" line and tag cleaning, without Spring. */
class ArticleTextTest {

    private static ArticleDetails article(String title, String body) {
        return new ArticleDetails(3, 1, 1, "Payments: Platform", title, body, "", List.of("Kafka", "on-call"),
                LocalDate.of(2027, 5, 1), false, "Zoë", Instant.parse("2026-11-01T10:00:00Z"),
                Instant.parse("2026-11-02T10:00:00Z"), 2, List.of(new ArticleDetails.SessionLink(7, "Deep dive", "Held")),
                List.of(new ArticleDetails.GapLink(9, "Kafka \"groups\"", GapStatus.ADDRESSED, false)),
                List.of(new Material("Slides", "https://example.com/s")), new ArticleDetails.Permissions(true, false));
    }

    @Test
    void theMarkdownFileHasFrontMatterAndTheBodyAsWritten() {
        String file = ArticleMarkdownFile.of(article("Kafka: the \"good\" parts", "# Hi\n\n<b>raw</b> stays as written"));

        assertThat(file).startsWith("---\ntitle: \"Kafka: the \\\"good\\\" parts\"\nteam: \"Payments: Platform\"\n")
                .contains("tags: [\"Kafka\", \"on-call\"]\n", "review_by: 2027-05-01\n",
                        "sessions:\n  - id: 7\n    title: \"Deep dive\"\n", "gaps:\n  - id: 9\n    title: \"Kafka \\\"groups\\\"\"\n",
                        "materials:\n  - label: \"Slides\"\n    url: \"https://example.com/s\"\n")
                .endsWith("---\n\n# Hi\n\n<b>raw</b> stays as written\n");
    }

    @Test
    void aRevisionSaysWhatChanged() {
        var article = new Article(1, 1, Instant.EPOCH);
        article.write(new ArticleDraft("Old", "a\nb", List.of("x"), null, Set.of(), Set.of(), List.of()), Instant.EPOCH);
        var before = ArticleChanges.Before.of(article);
        article.write(new ArticleDraft("New", "a\nc\nd", List.of("x", "y"), LocalDate.of(2027, 1, 1), Set.of(), Set.of(5L),
                List.of()), Instant.EPOCH);

        assertThat(ArticleChanges.describe(before, article)).isEqualTo(
                "Title changed from “Old”; text edited (+2 −1 lines); tags: x, y; review by 2027-01-01; links changed");
    }

    @Test
    void savingTheSameContentIsNoNewRevision() {
        var article = new Article(1, 1, Instant.EPOCH);
        var draft = new ArticleDraft("T", "B", List.of("b", "a"), null, Set.of(), Set.of(), List.of());
        assertThat(article.write(draft, Instant.EPOCH)).isTrue();
        assertThat(article.write(new ArticleDraft("T", "B", List.of("a", "b"), null, Set.of(), Set.of(), List.of()),
                Instant.EPOCH)).isFalse();
        assertThat(article.getRevision()).isEqualTo(1);
    }

    @Test
    void tagsAreTrimmedAndDuplicatesAsTheDatabaseComparesThemDropped() {
        var draft = new ArticleDraft("T", "B", List.of(" Kafka ", "kafka", "Káfka", "", "event   streaming"), null,
                Set.of(), Set.of(), List.of());

        assertThat(draft.cleanTags()).containsExactly("Kafka", "event streaming");
    }

    @Test
    void anAuthorsTextCannotCarryTheHighlightMarksSoEveryEmphasisInAHitIsASearchMatch() {
        String marks = Highlights.START + "x" + Highlights.END;
        var draft = new ArticleDraft(" Title " + marks, "Body " + Highlights.START + "only an opening mark",
                List.of("tag" + marks), null, Set.of(), Set.of(), List.of());

        assertThat(draft.title()).isEqualTo("Title x");
        assertThat(draft.body()).isEqualTo("Body only an opening mark");
        assertThat(draft.tags()).containsExactly("tagx");
        assertThat(Highlights.toSafeHtml(draft.body())).doesNotContain("<em>");
    }
}
