package org.peerplanner.domain.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base's past as the events it would have published, for a one-off rebuild of what listens to them (the
 * contribution ledger's backfill). A revision undone by a later restore is left out, as the restore undid it live.
 */
@Component
@Transactional(readOnly = true)
public class ArticleHistory {

    /** The summary {@link ArticleService#restore} writes; the only trace of which revision a restore brought back. */
    private static final Pattern RESTORED = Pattern.compile("Restored revision (\\d+)");

    public record ArticleRef(long id, long teamId, String title, long authorId) {
    }

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;

    ArticleHistory(ArticleRepository articles, ArticleRevisionRepository revisions) {
        this.articles = articles;
        this.revisions = revisions;
    }

    public List<ArticleRef> articles(long teamId) {
        return articles.findByTeamIdOrderByUpdatedAtDescIdDesc(teamId).stream()
                .map(a -> new ArticleRef(a.getId(), a.getTeamId(), a.getTitle(), a.getAuthorId())).toList();
    }

    /** Every revision of the team's articles that still stands, as written, oldest first per article. */
    public List<ArticleRevised> standingRevisions(long teamId) {
        var refs = articles(teamId);
        if (refs.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ArticleRevision>> byArticle = revisions
                .findByArticleIdInOrderByArticleIdAscNumberAsc(refs.stream().map(ArticleRef::id).toList()).stream()
                .collect(Collectors.groupingBy(ArticleRevision::getArticleId));
        var out = new ArrayList<ArticleRevised>();
        for (var ref : refs) {
            out.addAll(standing(teamId, byArticle.getOrDefault(ref.id(), List.of())));
        }
        return out;
    }

    static List<ArticleRevised> standing(long teamId, List<ArticleRevision> inOrder) {
        var events = new ArrayList<ArticleRevised>();
        Set<Integer> undone = new HashSet<>();
        String before = "";
        for (ArticleRevision r : inOrder) {
            Matcher restored = RESTORED.matcher(r.getSummary());
            if (restored.matches()) {
                int back = Integer.parseInt(restored.group(1));
                for (int n = back + 1; n < r.getNumber(); n++) {
                    undone.add(n);
                }
            } else {
                events.add(new ArticleRevised(r.getArticleId(), teamId, r.getNumber(), r.getAuthorId(), r.getTitle(),
                        ArticleChanges.changedCharacters(before, r.getBody()), r.getSavedAt()));
            }
            before = r.getBody();
        }
        return events.stream().filter(e -> !undone.contains(e.number())).toList();
    }
}
