package org.peerplanner.domain.calendar;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The token owners and feed versions last read from the database, so a calendar app polling an unchanged feed is
 * answered without a query. An answer is used while nothing was written since it was read and for at most
 * {@code planner.feed.version-memo.ttl} (default 5 s).
 * <p>
 * Why it is never stale on this instance: every statement Hibernate sends that writes (entity changes and bulk
 * updates alike) marks its transaction, and the commit raises {@link #changed() the generation}; an answer read
 * under an older generation is read again. The generation is read <em>before</em> the query, and raised only
 * <em>after</em> the commit, so a query that may have seen the old rows is never kept under the new generation.
 * Writes that bypass Hibernate (the gap import's JDBC batch, which only adds gaps no session names yet, and the
 * benchmark's inserts) are picked up after the time-to-live. Any write raises it, not only the ones a feed shows:
 * deciding which rows a feed shows is what the database query is for, and a write costs each feed one query.
 * <p>
 * Several instances (issue #18): another instance's commit does not raise this generation, so there the time-to-live
 * is the bound: a feed is at most that many seconds stale, then one cheap version query (FeedVersions) decides. A
 * version broadcast (e.g. a {@code feed_generation} row read once a second, or a message on commit) would shorten it.
 */
@Component
class FeedVersionMemo {

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long ttlMillis;
    private final int maxEntries;

    FeedVersionMemo(Clock clock, FeedMemoSettings settings) {
        this.clock = clock;
        this.ttlMillis = settings.ttl().toMillis();
        this.maxEntries = settings.maxEntries();
    }

    /** What {@code load} answers for {@code key}, from memory while nothing changed and the time-to-live lasts. */
    @SuppressWarnings("unchecked")
    <T> Optional<T> get(String key, Supplier<Optional<T>> load) {
        long readUnder = generation.get();
        long now = clock.millis();
        Entry known = entries.get(key);
        if (known != null && known.generation == readUnder && now - known.readAt < ttlMillis && now >= known.readAt) {
            return (Optional<T>) known.value;
        }
        Optional<T> fresh = load.get();
        if (ttlMillis > 0) {
            if (entries.size() >= maxEntries) {
                entries.clear(); // bounded; unknown tokens are remembered too, so a flood of them cannot grow it
            }
            entries.put(key, new Entry(readUnder, now, fresh));
        }
        return fresh;
    }

    /**
     * What {@link #get} would answer from memory alone, or null when it would have to load it (a caller on an event
     * loop then asks {@link #get} on a thread that may wait for the database).
     */
    @SuppressWarnings("unchecked")
    <T> Optional<T> remembered(String key) {
        long now = clock.millis();
        Entry known = entries.get(key);
        if (known != null && known.generation == generation.get() && now - known.readAt < ttlMillis
                && now >= known.readAt) {
            return (Optional<T>) known.value;
        }
        return null;
    }

    /** Something was committed: every answer read before is read again. */
    void changed() {
        generation.incrementAndGet();
        entries.clear();
    }

    private record Entry(long generation, long readAt, Optional<?> value) {
    }
}
