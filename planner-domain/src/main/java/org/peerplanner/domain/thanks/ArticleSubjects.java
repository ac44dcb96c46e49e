package org.peerplanner.domain.thanks;

import java.util.Optional;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.knowledge.ArticleService;
import org.springframework.stereotype.Component;

/** Articles of the knowledge base, as the giver may read them. */
@Component
class ArticleSubjects implements ThanksSubjects {

    private final ArticleService articles;

    ArticleSubjects(ArticleService articles) {
        this.articles = articles;
    }

    @Override
    public Set<ThanksFor> kinds() {
        return Set.of(ThanksFor.ARTICLE);
    }

    @Override
    public Optional<Subject> find(Actor actor, ThanksFor what, long subjectId) {
        try {
            var article = articles.details(actor, subjectId);
            return Optional.of(new Subject(article.teamId(), article.title(), "knowledge/" + article.id()));
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }
}
