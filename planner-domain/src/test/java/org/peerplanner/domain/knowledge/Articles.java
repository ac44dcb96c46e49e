package org.peerplanner.domain.knowledge;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.peerplanner.testdb.TestClock;

/** Drafts for tests. */
final class Articles {

    private Articles() {
    }

    /** Due for review six months after the day the test clock starts on. */
    static ArticleDraft draft(String title, String body, String... tags) {
        LocalDate start = LocalDate.ofInstant(TestClock.configuredStart(), ZoneOffset.UTC);
        return new ArticleDraft(title, body, List.of(tags), start.plusMonths(6), Set.of(), Set.of(), List.of());
    }

    static ArticleDraft linking(ArticleDraft d, Set<Long> gapIds) {
        return new ArticleDraft(d.title(), d.body(), d.tags(), d.reviewBy(), d.sessionIds(), gapIds, d.materials());
    }

    static ArticleDraft reviewBy(ArticleDraft d, LocalDate date) {
        return new ArticleDraft(d.title(), d.body(), d.tags(), date, d.sessionIds(), d.gapIds(), d.materials());
    }
}
