package org.peerplanner.web.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import jakarta.annotation.PreDestroy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.peerplanner.domain.calendar.Feed;
import org.peerplanner.domain.calendar.FeedVersion;
import org.peerplanner.integrations.calendar.SessionFeedWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rendered feeds, plain and gzipped, keyed by feed and version: a version's bytes never change, so an entry is
 * never stale, only unused once the feed moves on (then evicted by size). Bounded by total bytes. A team feed is
 * one entry for all its members. The cache is only reached after the token was checked: it answers "what are the
 * bytes of this version", never "may this token read it".
 * <p>
 * The plain bytes are also written to a file of their own (a temporary directory), so that Tomcat can send a large
 * feed with sendfile, as nginx sends a static file, instead of copying it through its 8 KB socket buffer. A file is
 * written once, under a name used once, then moved into place; it is deleted a minute after its entry left the
 * cache, so a response already sending it is not cut short.
 */
@Component
class FeedCache {

    private static final Logger LOG = LoggerFactory.getLogger(FeedCache.class);

    private final Cache<String, RenderedFeed> rendered;
    private final SessionFeedWriter writer;
    private final Path files;
    private final AtomicLong written = new AtomicLong();

    FeedCache(SessionFeedWriter writer, FeedCacheSettings settings) throws IOException {
        this.writer = writer;
        this.files = Files.createTempDirectory("peer-planner-feeds-");
        this.rendered = Caffeine.newBuilder()
                .maximumWeight(settings.cacheBytes())
                .weigher((String key, RenderedFeed feed) -> feed.plain().length + feed.gzip().length)
                .removalListener((String key, RenderedFeed feed, RemovalCause cause) -> {
                    if (feed != null && feed.plainFile() != null) {
                        CompletableFuture.runAsync(() -> delete(feed.plainFile()),
                                CompletableFuture.delayedExecutor(1, TimeUnit.MINUTES));
                    }
                })
                .build();
    }

    /** The version's bytes if they are cached, else null: never renders (the feed listener's event loop asks). */
    RenderedFeed cached(FeedVersion version) {
        return rendered.getIfPresent(key(version.source(), version.fingerprint()));
    }

    /** The version's bytes, rendered from {@code load} (and cached under what was loaded) when not cached. */
    RenderedFeed get(FeedVersion version, Supplier<java.util.Optional<Feed>> load) {
        RenderedFeed cached = rendered.getIfPresent(key(version.source(), version.fingerprint()));
        if (cached != null) {
            return cached;
        }
        return load.get().map(feed -> {
            RenderedFeed fresh = render(feed, version.source());
            rendered.put(key(version.source(), feed.fingerprint()), fresh);
            return fresh;
        }).orElse(null);
    }

    private RenderedFeed render(Feed feed, String source) {
        try {
            var plain = new ByteArrayOutputStream(64 * 1024);
            writer.write(feed, plain);
            byte[] bytes = plain.toByteArray();
            var gzip = new ByteArrayOutputStream(bytes.length / 4 + 64);
            try (var out = new GZIPOutputStream(gzip)) {
                out.write(bytes);
            }
            return new RenderedFeed(bytes, gzip.toByteArray(), feed.fingerprint(), feed.lastModified(),
                    file(source + "-" + feed.fingerprint(), bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes in a file of their own, complete before anyone can see it; null if the disk refuses. */
    private Path file(String name, byte[] bytes) {
        try {
            Path target = files.resolve(name + "-" + written.incrementAndGet() + ".ics");
            Path partial = Files.write(files.resolve(target.getFileName() + ".part"), bytes);
            return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not keep a feed in {}; it is sent from memory: {}", files, e.getMessage());
            return null;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", file, e);
        }
    }

    @PreDestroy
    void deleteFiles() throws IOException {
        try (Stream<Path> all = Files.walk(files)) {
            all.sorted(Comparator.reverseOrder()).forEach(FeedCache::delete);
        }
    }

    private static String key(String source, String fingerprint) {
        return source + '/' + fingerprint;
    }

    /**
     * One version of a feed as sent: the same bytes for every request of that version.
     *
     * @param plainFile the plain bytes on disk, for sendfile; null when they could not be written
     */
    record RenderedFeed(byte[] plain, byte[] gzip, String fingerprint, Instant lastModified, Path plainFile) {
    }
}
