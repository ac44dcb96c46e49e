package org.peerplanner.domain.knowledge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerplanner.domain.session.Material;

/** What an author writes: the editor sends the whole article each time. */
public record ArticleDraft(
        @NotBlank(message = "Enter a title.")
        @Size(max = Article.MAX_TITLE, message = "A title has at most 200 characters.") String title,
        @NotBlank(message = "Write the article: what did the team learn?")
        @Size(max = Article.MAX_BODY, message = "An article has at most 100,000 characters.") String body,
        @NotNull @Size(max = 20, message = "Use at most 20 tags.")
        List<@Size(max = Article.MAX_TAG, message = "A tag has at most 60 characters.") String> tags,
        LocalDate reviewBy,
        @NotNull Set<Long> sessionIds,
        @NotNull Set<Long> gapIds,
        @NotNull @Size(max = 20, message = "Use at most 20 materials.") List<@Valid Material> materials) {

    /** The article as it stands, to edit it. */
    public static ArticleDraft from(ArticleDetails article) {
        return new ArticleDraft(article.title(), article.body(), article.tags(), article.reviewBy(),
                article.sessions().stream().map(ArticleDetails.SessionLink::id).collect(Collectors.toSet()),
                article.gaps().stream().map(ArticleDetails.GapLink::id).collect(Collectors.toSet()), article.materials());
    }

    public ArticleDraft {
        title = title == null ? null : withoutHighlightMarks(title).strip();
        body = body == null ? null : withoutHighlightMarks(body);
        tags = tags == null ? List.of() : tags.stream().map(t -> t == null ? null : withoutHighlightMarks(t)).toList();
        sessionIds = sessionIds == null ? Set.of() : Set.copyOf(sessionIds);
        gapIds = gapIds == null ? Set.of() : Set.copyOf(gapIds);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    /** Search highlighting marks matches with two private-use characters; text of the author's own never has them. */
    private static String withoutHighlightMarks(String text) {
        return text.replace(Highlights.START, "").replace(Highlights.END, "");
    }

    /**
     * Tags without blanks and duplicates; "Kafka", " kafka " and "Káfka" are one tag (the first
     * spelling wins), as the database's collation compares them.
     */
    public List<String> cleanTags() {
        var keys = new HashSet<String>();
        var clean = new ArrayList<String>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
            String key = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && keys.add(key)) {
                clean.add(t);
            }
        }
        return clean;
    }
}
