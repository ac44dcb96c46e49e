package org.peerplanner.integrations.calendar;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.peerplanner.domain.calendar.Feed;
import org.peerplanner.domain.calendar.FeedSession;
import org.peerplanner.domain.session.SessionStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes a subscription feed (METHOD:PUBLISH) of sessions, each linking back to its page. */
@Component
public class SessionFeedWriter {

    private final CalendarWriter writer;
    private final String publicUrl;
    private final Person publisher;

    SessionFeedWriter(CalendarWriter writer, @Value("${planner.public-url:http://localhost:8080}") String publicUrl,
                      @Value("${planner.mail.from:noreply@peerplanner.local}") String from) {
        this.writer = writer;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.publisher = new Person("Peer Planner", from);
    }

    public void write(Feed feed, OutputStream out) throws java.io.IOException {
        var header = new FeedHeader(feed.name(), feed.zone(), publisher,
                "Peer-learning sessions from Peer Planner. Changes appear here within an hour.");
        writer.writeFeed(header, feed.sessions().stream().map(this::event).toList(), List.of(), out);
    }

    CalendarEvent event(FeedSession s) {
        return new CalendarEvent(s.uid(), s.revision(), s.start(), Duration.ofMinutes(s.durationMinutes()), s.title(),
                description(s), s.location(), link(s), s.facilitator() == null ? null
                : new Person(s.facilitator().name(), s.facilitator().email()), List.of(),
                List.of(s.format().label(), s.teamName()), status(s.status()),
                s.alarmMinutes() > 0 ? s.alarmMinutes() : null, s.updatedAt());
    }

    private String description(FeedSession s) {
        List<String> parts = new ArrayList<>();
        if (s.status() == SessionStatus.CANCELLED && s.cancelReason() != null) {
            parts.add("Cancelled: " + s.cancelReason());
        }
        if (s.agenda() != null) {
            parts.add(s.agenda());
        }
        parts.add("Facilitator: " + (s.facilitator() == null ? "open, volunteers welcome" : s.facilitator().name())
                + (s.coFacilitator() == null ? "" : ", with " + s.coFacilitator().name()));
        if (!s.gapTitles().isEmpty()) {
            parts.add("Addresses: " + String.join("; ", s.gapTitles()));
        }
        parts.add(link(s));
        return String.join("\n\n", parts);
    }

    private String link(FeedSession s) {
        return publicUrl + "/sessions/" + s.sessionId();
    }

    private static EventStatus status(SessionStatus status) {
        return switch (status) {
            case PLANNED -> EventStatus.TENTATIVE;
            case CONFIRMED, HELD -> EventStatus.CONFIRMED;
            case CANCELLED -> EventStatus.CANCELLED;
        };
    }
}
