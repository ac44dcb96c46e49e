package org.peerplanner.domain.knowledge;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.peerplanner.domain.common.ScheduledJobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index on start when it holds fewer articles than the database: a restored
 * database, a deleted index directory, the first start after an upgrade. Articles written while
 * running are indexed as they are saved.
 * <p>
 * An index the instances share (OpenSearch, profile {@code search-opensearch}) is rebuilt by one of them: the one
 * that takes the {@value #LOCK} lock (ScheduledJobLocks); another starting meanwhile leaves it to that one. The
 * embedded Lucene index belongs to its instance, which rebuilds it without asking.
 */
@Component
class KnowledgeIndexBootstrap {

    static final String LOCK = "knowledge-index-rebuild";
    private static final Duration LONGEST_REBUILD = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;
    private final LockingTaskExecutor locks;
    private final Clock clock;

    KnowledgeIndexBootstrap(EntityManagerFactory entityManagerFactory, LockingTaskExecutor locks, Clock clock) {
        this.entityManagerFactory = entityManagerFactory;
        this.locks = locks;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhenBehind() {
        if (Search.mapping(entityManagerFactory).backend() instanceof LuceneBackend) {
            rebuildIfBehind();
            return;
        }
        var rebuilt = ScheduledJobLocks.runUnderLock(locks,
                new LockConfiguration(clock.instant(), LOCK, LONGEST_REBUILD, Duration.ZERO), () -> {
                    rebuildIfBehind();
                    return true;
                });
        if (rebuilt.isEmpty()) {
            LOG.info("Another instance is checking the shared search index; this one leaves it to that one");
        }
    }

    private void rebuildIfBehind() {
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Search index rebuild interrupted");
        }
    }
}
