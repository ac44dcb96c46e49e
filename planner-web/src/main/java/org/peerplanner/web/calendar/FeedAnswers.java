package org.peerplanner.web.calendar;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.calendar.Feed;
import org.peerplanner.domain.calendar.FeedVersion;
import org.peerplanner.domain.calendar.FeedVersionLookup;
import org.springframework.stereotype.Component;

/**
 * How a calendar feed request is answered, whatever carries it: the servlet filter on the app's port
 * ({@link FeedEndpoint}) and the event-loop listener on a port of its own ({@link FeedListener}) both ask here, so
 * the rules (routes, token check, 304s, gzip, ETags, Cache-Control, the request timer) exist once. A transport only
 * turns an {@link Ask} out of its request and writes the {@link Answer}'s status, headers and body.
 * <p>
 * {@link #answer(Ask, boolean, long) fromMemoryOnly} answers only what needs no database (the token's owner and the
 * feed's version remembered, the version's bytes cached): an event loop must never wait for JDBC, so it hands
 * {@link Answer#NEEDS_DATABASE} to a thread that may.
 */
@Component
class FeedAnswers {

    static final String TEXT_CALENDAR = "text/calendar;charset=utf-8";
    static final String CACHE_CONTROL = "max-age=900, private";
    static final String ALLOW = "GET, HEAD";
    static final String PREFIX = "/calendar/";
    private static final String GZIP = "gzip";
    private static final String TEAM = "/team/";
    private static final String ICS = ".ics";
    /** Smaller plain bodies are written from memory; larger ones may go out with sendfile from the cache's file. */
    private static final int SENDFILE_FROM = 48 * 1024;

    private final FeedVersionLookup versions;
    private final CalendarFeedService feeds;
    private final FeedCache cache;
    private final FeedRequests measured;

    FeedAnswers(FeedVersionLookup versions, CalendarFeedService feeds, FeedCache cache, FeedRequests measured) {
        this.versions = versions;
        this.feeds = feeds;
        this.cache = cache;
        this.measured = measured;
    }

    /**
     * A feed request as far as the answer depends on it.
     *
     * @param path            the path below the context path, starting with {@link #PREFIX}
     * @param ifModifiedSince epoch milliseconds, -1 when absent or not a date
     */
    record Ask(String method, String path, String ifNoneMatch, long ifModifiedSince, String acceptEncoding) {

        boolean head() {
            return "HEAD".equals(method);
        }
    }

    /**
     * What to send. For 200 and 304: {@code etag}, {@code lastModified}, Cache-Control and {@code Vary:
     * Accept-Encoding}; for 200 also the body ({@code Content-Encoding: gzip} when {@code gzip}), or none for HEAD
     * with the body's length all the same; for 405 {@code Allow}; 404 is bare.
     *
     * @param body     the bytes to send (also for HEAD: their length is the Content-Length); null unless 200
     * @param file     the same bytes as a file, offered for sendfile (large plain feeds only); null otherwise
     */
    record Answer(int status, String etag, Instant lastModified, boolean gzip, byte[] body, Path file, boolean head) {

        static final Answer NOT_FOUND = new Answer(404, null, null, false, null, null, false);
        static final Answer METHOD_NOT_ALLOWED = new Answer(405, null, null, false, null, null, false);
        /** Only from {@code fromMemoryOnly}: ask again where the database may be waited for. */
        static final Answer NEEDS_DATABASE = new Answer(0, null, null, false, null, null, false);

        boolean cacheable() {
            return status == 200 || status == 304;
        }
    }

    /**
     * The answer to a feed request; with {@code fromMemoryOnly}, {@link Answer#NEEDS_DATABASE} where a query or a
     * render would be needed. Timed in {@link FeedRequests} from {@code startedNanos} once answered.
     */
    Answer answer(Ask ask, boolean fromMemoryOnly, long startedNanos) {
        boolean head = ask.head();
        if (!head && !"GET".equals(ask.method())) {
            return Answer.METHOD_NOT_ALLOWED;
        }
        String path = ask.path();
        int slash = path.indexOf('/', PREFIX.length());
        if (!path.startsWith(PREFIX) || slash < 0 || !path.endsWith(ICS)) {
            return Answer.NOT_FOUND;
        }
        String token = path.substring(PREFIX.length(), slash);
        String rest = path.substring(slash, path.length() - ICS.length());
        if (rest.equals("/me")) {
            Optional<FeedVersion> version = fromMemoryOnly ? versions.rememberedPersonalFeedVersion(token)
                    : versions.personalFeedVersion(token);
            Answer answer = respond(version, () -> feeds.personalFeed(token), ask, head, fromMemoryOnly);
            if (answer != Answer.NEEDS_DATABASE) {
                measured.personal(outcome(answer), startedNanos);
            }
            return answer;
        }
        if (rest.startsWith(TEAM) && isNumber(rest, TEAM.length())) {
            long teamId = Long.parseLong(rest, TEAM.length(), rest.length(), 10);
            Optional<FeedVersion> version = fromMemoryOnly ? versions.rememberedTeamFeedVersion(token, teamId)
                    : versions.teamFeedVersion(token, teamId);
            Answer answer = respond(version, () -> feeds.teamFeed(token, teamId), ask, head, fromMemoryOnly);
            if (answer != Answer.NEEDS_DATABASE) {
                measured.team(outcome(answer), startedNanos);
            }
            return answer;
        }
        return Answer.NOT_FOUND;
    }

    /** @param found null when only memory was asked and it did not know */
    private Answer respond(Optional<FeedVersion> found, Supplier<Optional<Feed>> load, Ask ask, boolean head,
                           boolean fromMemoryOnly) {
        if (found == null) {
            return Answer.NEEDS_DATABASE;
        }
        if (found.isEmpty()) {
            return Answer.NOT_FOUND;
        }
        FeedVersion version = found.get();
        boolean gzip = acceptsGzip(ask.acceptEncoding());
        if (notModified(ask, version)) {
            return new Answer(304, etag(version.fingerprint(), gzip), version.lastModified(), gzip, null, null, head);
        }
        var feed = fromMemoryOnly ? cache.cached(version) : cache.get(version, load);
        if (feed == null) {
            // not cached (memory only), or revoked while we looked
            return fromMemoryOnly ? Answer.NEEDS_DATABASE : Answer.NOT_FOUND;
        }
        byte[] body = gzip ? feed.gzip() : feed.plain();
        Path file = !gzip && body.length >= SENDFILE_FROM ? feed.plainFile() : null;
        return new Answer(200, etag(feed.fingerprint(), gzip), feed.lastModified(), gzip, body, file, head);
    }

    private static FeedRequests.Outcome outcome(Answer answer) {
        return switch (answer.status()) {
            case 200 -> FeedRequests.Outcome.FULL;
            case 304 -> FeedRequests.Outcome.NOT_MODIFIED;
            default -> FeedRequests.Outcome.NOT_FOUND;
        };
    }

    /**
     * If-None-Match names this version (in either encoding, weak or strong); else If-Modified-Since is not older
     * than its last change. The gzipped bytes have their own ETag (RFC 9110 §8.8.3), the same version either way.
     */
    private static boolean notModified(Ask ask, FeedVersion version) {
        String ifNoneMatch = ask.ifNoneMatch();
        if (ifNoneMatch != null) {
            return ifNoneMatch.strip().equals("*") || ifNoneMatch.contains("\"" + version.fingerprint());
        }
        long since = ask.ifModifiedSince();
        return since >= 0 && version.lastModified().toEpochMilli() / 1000 <= since / 1000;
    }

    private static String etag(String fingerprint, boolean gzip) {
        return "\"" + fingerprint + (gzip ? "-gzip\"" : "\"");
    }

    private static boolean isNumber(String text, int from) {
        if (from >= text.length() || text.length() - from > 18) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
