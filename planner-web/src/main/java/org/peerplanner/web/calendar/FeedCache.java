package org.peerplanner.web.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.peerplanner.domain.calendar.Feed;
import org.peerplanner.domain.calendar.FeedVersion;
import org.peerplanner.integrations.calendar.SessionFeedWriter;
import org.springframework.stereotype.Component;

/**
 * Rendered feeds, plain and gzipped, keyed by feed and version: a version's bytes never change, so an entry is
 * never stale, only unused once the feed moves on (then evicted by size). Bounded by total bytes. A team feed is
 * one entry for all its members. The cache is only reached after the token was checked: it answers "what are the
 * bytes of this version", never "may this token read it".
 */
@Component
class FeedCache {

    private final Cache<String, RenderedFeed> rendered;
    private final SessionFeedWriter writer;

    FeedCache(SessionFeedWriter writer, FeedCacheSettings settings) {
        this.writer = writer;
        this.rendered = Caffeine.newBuilder()
                .maximumWeight(settings.cacheBytes())
                .weigher((String key, RenderedFeed feed) -> feed.plain().length + feed.gzip().length)
                .build();
    }

    /** The version's bytes, rendered from {@code load} (and cached under what was loaded) when not cached. */
    RenderedFeed get(FeedVersion version, Supplier<java.util.Optional<Feed>> load) {
        RenderedFeed cached = rendered.getIfPresent(key(version.source(), version.fingerprint()));
        if (cached != null) {
            return cached;
        }
        return load.get().map(feed -> {
            RenderedFeed fresh = render(feed);
            rendered.put(key(version.source(), feed.fingerprint()), fresh);
            return fresh;
        }).orElse(null);
    }

    private RenderedFeed render(Feed feed) {
        try {
            var plain = new ByteArrayOutputStream(64 * 1024);
            writer.write(feed, plain);
            byte[] bytes = plain.toByteArray();
            var gzip = new ByteArrayOutputStream(bytes.length / 4 + 64);
            try (var out = new GZIPOutputStream(gzip)) {
                out.write(bytes);
            }
            return new RenderedFeed(bytes, gzip.toByteArray(), feed.fingerprint(), feed.lastModified());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String source, String fingerprint) {
        return source + '/' + fingerprint;
    }

    /** One version of a feed as sent: the same bytes for every request of that version. */
    record RenderedFeed(byte[] plain, byte[] gzip, String fingerprint, Instant lastModified) {
    }
}
