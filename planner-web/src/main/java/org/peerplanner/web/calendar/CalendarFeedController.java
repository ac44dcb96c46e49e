package org.peerplanner.web.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.calendar.Feed;
import org.peerplanner.domain.calendar.FeedVersion;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar subscription feeds at unguessable URLs. No sign-in (calendar apps cannot sign in): the token in the path
 * is the credential, checked on every request, so a revoked or regenerated link is a bare 404 from the next request
 * on. A conditional request is answered from the feed's version alone (no session loaded); otherwise the version's
 * bytes come from {@link FeedCache}, gzipped when the client accepts it.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=utf-8");
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate();
    private static final String GZIP = "gzip";

    private final CalendarFeedService feeds;
    private final FeedCache cache;

    CalendarFeedController(CalendarFeedService feeds, FeedCache cache) {
        this.feeds = feeds;
        this.cache = cache;
    }

    @GetMapping("/calendar/{token}/team/{teamId}.ics")
    ResponseEntity<byte[]> team(@PathVariable String token, @PathVariable long teamId, HttpServletRequest request) {
        return respond(feeds.teamFeedVersion(token, teamId), () -> feeds.teamFeed(token, teamId), request);
    }

    @GetMapping("/calendar/{token}/me.ics")
    ResponseEntity<byte[]> personal(@PathVariable String token, HttpServletRequest request) {
        return respond(feeds.personalFeedVersion(token), () -> feeds.personalFeed(token), request);
    }

    private ResponseEntity<byte[]> respond(Optional<FeedVersion> found, Supplier<Optional<Feed>> load,
                                           HttpServletRequest request) {
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        FeedVersion version = found.get();
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        if (notModified(request, version)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag(version.fingerprint(), gzip))
                    .lastModified(version.lastModified()).cacheControl(CACHE).varyBy(HttpHeaders.ACCEPT_ENCODING)
                    .build();
        }
        var feed = cache.get(version, load);
        if (feed == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build(); // revoked while we looked
        }
        var response = ResponseEntity.ok().contentType(TEXT_CALENDAR).eTag(etag(feed.fingerprint(), gzip))
                .lastModified(feed.lastModified()).cacheControl(CACHE).varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            return response.header(HttpHeaders.CONTENT_ENCODING, GZIP).body(feed.gzip());
        }
        return response.body(feed.plain());
    }

    /**
     * If-None-Match names this version (in either encoding, weak or strong); else If-Modified-Since is not older
     * than its last change. The gzipped bytes have their own ETag (RFC 9110 §8.8.3), the same version either way.
     */
    private static boolean notModified(HttpServletRequest request, FeedVersion version) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return ifNoneMatch.strip().equals("*") || ifNoneMatch.contains("\"" + version.fingerprint());
        }
        long since = ifModifiedSince(request);
        return since >= 0 && version.lastModified().toEpochMilli() / 1000 <= since / 1000;
    }

    private static long ifModifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException notADate) {
            return -1;
        }
    }

    private static String etag(String fingerprint, boolean gzip) {
        return "\"" + fingerprint + (gzip ? "-gzip\"" : "\"");
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equalsIgnoreCase(GZIP)) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}
