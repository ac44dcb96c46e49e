package org.peerplanner.domain.common;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.query.QueryMethod;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.util.function.SingletonSupplier;

/**
 * When the repositories' queries are prepared: Hibernate checking each {@code @Query} and Spring Data reading it
 * and every derived query method. Spring Data does it for all ~170 of them while the repositories are created,
 * which was a quarter of the main thread's samples in a cached start (docs/benchmarks.md, "Start-up"). By default
 * ({@link When#AFTER_START}) each is prepared on first use, and all of them in one background thread once the app
 * is ready, so a wrong query shows in the log (ERROR) within a minute of a start rather than on someone's screen
 * days later; {@code RepositoryQueriesIT} prepares every one of them in CI.
 */
public class RepositoryQueries {

    /** {@code planner.repositories.prepare-queries}. */
    public enum When { AT_START, AFTER_START, ON_FIRST_USE }

    private static final Logger log = LoggerFactory.getLogger(RepositoryQueries.class);

    private final When when;
    private final List<QueryOnFirstUse> queries = new CopyOnWriteArrayList<>();
    private volatile boolean closing;

    public RepositoryQueries(When when) {
        this.when = when;
    }

    boolean preparedAtStart() {
        return when == When.AT_START;
    }

    RepositoryQuery onFirstUse(QueryMethod method, Supplier<RepositoryQuery> prepare) {
        QueryOnFirstUse query = new QueryOnFirstUse(method, SingletonSupplier.of(prepare));
        queries.add(query);
        return query;
    }

    /** Prepares every query not prepared yet; a wrong one throws. Returns how many queries there are. */
    public int prepareAll() {
        for (QueryOnFirstUse query : queries) {
            if (closing) {
                break;
            }
            query.prepared();
        }
        return queries.size();
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepareInTheBackground() {
        if (when != When.AFTER_START || queries.isEmpty()) {
            return;
        }
        Thread.ofPlatform().daemon().name("repository-queries").priority(Thread.MIN_PRIORITY).start(() -> {
            try {
                long started = System.nanoTime();
                int prepared = prepareAll();
                if (closing) {
                    return;
                }
                log.info("Prepared {} repository queries in the background in {} ms", prepared,
                        (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                if (!closing) {
                    log.error("A repository query is wrong; it will fail when used", e);
                }
            }
        });
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        closing = true;
    }

    /**
     * Stands for one query method until it is first used. Spring Data asks for the method while it collects the
     * repository's queries, so that is answered without preparing.
     */
    private record QueryOnFirstUse(QueryMethod method, SingletonSupplier<RepositoryQuery> preparation)
            implements RepositoryQuery {

        RepositoryQuery prepared() {
            return preparation.obtain();
        }

        @Override
        public Object execute(Object[] parameters) {
            return prepared().execute(parameters);
        }

        @Override
        public QueryMethod getQueryMethod() {
            return method;
        }
    }
}
