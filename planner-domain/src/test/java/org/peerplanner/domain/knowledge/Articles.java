package org.peerplanner.domain.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Drafts for tests. */
final class Articles {

    private Articles() {
    }

    static ArticleDraft draft(String title, String body, String... tags) {
        return new ArticleDraft(title, body, List.of(tags), LocalDate.now().plusMonths(6), Set.of(), Set.of(), List.of());
    }

    static ArticleDraft linking(ArticleDraft d, Set<Long> gapIds) {
        return new ArticleDraft(d.title(), d.body(), d.tags(), d.reviewBy(), d.sessionIds(), gapIds, d.materials());
    }

    static ArticleDraft reviewBy(ArticleDraft d, LocalDate date) {
        return new ArticleDraft(d.title(), d.body(), d.tags(), date, d.sessionIds(), d.gapIds(), d.materials());
    }
}
