package org.peerplanner.web.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.peerplanner.domain.calendar.CalendarFeedService;
import org.peerplanner.domain.calendar.Feed;
import org.peerplanner.integrations.calendar.SessionFeedWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Calendar subscription feeds at unguessable URLs. No sign-in (calendar apps cannot sign in): the
 * token in the path is the credential. An unknown or revoked token, or a team the owner left, is a
 * bare 404. Conditional requests get 304 so calendar apps polling hourly cost almost nothing.
 */
@RestController
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=utf-8");

    private final CalendarFeedService feeds;
    private final SessionFeedWriter writer;

    CalendarFeedController(CalendarFeedService feeds, SessionFeedWriter writer) {
        this.feeds = feeds;
        this.writer = writer;
    }

    @GetMapping("/calendar/{token}/team/{teamId}.ics")
    ResponseEntity<byte[]> team(@PathVariable String token, @PathVariable long teamId, WebRequest request) throws IOException {
        return respond(feeds.teamFeed(token, teamId), request);
    }

    @GetMapping("/calendar/{token}/me.ics")
    ResponseEntity<byte[]> personal(@PathVariable String token, WebRequest request) throws IOException {
        return respond(feeds.personalFeed(token), request);
    }

    private ResponseEntity<byte[]> respond(Optional<Feed> found, WebRequest request) throws IOException {
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        Feed feed = found.get();
        String etag = "\"" + feed.fingerprint() + "\"";
        long lastModified = feed.lastModified().toEpochMilli() / 1000 * 1000;
        var cache = CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate();
        if (request.checkNotModified(etag, lastModified)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).lastModified(lastModified).cacheControl(cache).build();
        }
        var out = new ByteArrayOutputStream(64 * 1024);
        writer.write(feed, out);
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).eTag(etag).lastModified(lastModified).cacheControl(cache)
                .body(out.toByteArray());
    }
}
