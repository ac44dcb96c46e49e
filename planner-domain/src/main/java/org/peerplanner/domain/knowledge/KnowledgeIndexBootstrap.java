package org.peerplanner.domain.knowledge;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index on start when it holds fewer articles than the database: a restored
 * database, a deleted index directory, the first start after an upgrade. Articles written while
 * running are indexed as they are saved.
 */
@Component
class KnowledgeIndexBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;

    KnowledgeIndexBootstrap(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenBehind() throws InterruptedException {
        try (var em = entityManagerFactory.createEntityManager()) {
            long stored = em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
            long indexed = Search.session(em).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
            if (indexed < stored) {
                long started = System.nanoTime();
                LOG.info("Search index holds {} of {} articles: rebuilding it", indexed, stored);
                Search.mapping(entityManagerFactory).scope(Article.class).massIndexer()
                        .purgeAllOnStart(true).threadsToLoadObjects(2).startAndWait();
                LOG.info("Search index rebuilt in {} ms", (System.nanoTime() - started) / 1_000_000);
            }
        }
    }
}
