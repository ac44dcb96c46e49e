package org.peerplanner.integrations.calendar;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import org.peerplanner.domain.calendar.Feed;
import org.peerplanner.domain.calendar.FeedDueItem;
import org.peerplanner.domain.calendar.FeedSession;
import org.peerplanner.domain.mentoring.MentorshipSeries;
import org.peerplanner.integrations.common.MailSettings;
import org.peerplanner.integrations.common.PublicUrl;
import org.springframework.stereotype.Component;

/** Writes a subscription feed (METHOD:PUBLISH) of sessions and action-item due dates, each linking back to its page. */
@Component
public class SessionFeedWriter {

    private final CalendarWriter writer;
    private final String publicUrl;
    private final Person publisher;
    private final Clock clock;

    SessionFeedWriter(CalendarWriter writer, PublicUrl publicUrl, MailSettings mail, Clock clock) {
        this.writer = writer;
        this.publicUrl = publicUrl.publicUrl();
        this.publisher = new Person("Peer Planner", mail.from());
        this.clock = clock;
    }

    public void write(Feed feed, OutputStream out) throws java.io.IOException {
        var header = new FeedHeader(feed.name(), feed.zone(), publisher,
                "Peer-learning sessions from Peer Planner. Changes appear here within an hour.");
        List<CalendarEvent> events = new ArrayList<>(feed.sessions().stream().map(this::event).toList());
        feed.mentorships().forEach(series -> mentorship(series).ifPresent(events::add));
        writer.writeFeed(header, events, feed.dueItems().stream().map(this::due).toList(), out);
    }

    /**
     * A mentorship's meetings: the very series its invite carries (same UID, rule, EXDATEs and UNTIL), so a
     * calendar that has both shows one, linking to the pair's page.
     */
    Optional<CalendarEvent> mentorship(MentorshipSeries series) {
        return MentorshipEvents.event(series, LocalDate.now(clock.withZone(series.zone()))).map(e -> new CalendarEvent(
                e.uid(), e.sequence(), e.start(), e.duration(), e.summary(),
                e.description() + "\n\n" + publicUrl + "/mentorships/" + series.id(), e.location(),
                publicUrl + "/mentorships/" + series.id(), e.organizer(), e.attendees(), e.categories(), e.status(),
                e.alarmMinutesBefore(), e.lastModified(), e.recurrence()));
    }

    /** An open action item on its due date; its UID stays the same when the date moves. */
    AllDayEvent due(FeedDueItem item) {
        String summary = (item.overdue() ? "Overdue: " : "Due: ") + item.description();
        String description = "Action item for " + item.teamName() + ". Mark it done or record how it is going: "
                + actionItemsUrl();
        return new AllDayEvent("action-item-" + item.itemId() + "@peer-planner", 0, item.dueOn(), summary, description,
                actionItemsUrl(), item.updatedAt());
    }

    private String actionItemsUrl() {
        return publicUrl + "/action-items";
    }

    CalendarEvent event(FeedSession s) {
        String link = SessionTexts.sessionUrl(publicUrl, s.sessionId());
        return new CalendarEvent(s.uid(), s.revision(), s.start(), Duration.ofMinutes(s.durationMinutes()),
                SessionTexts.summary(s.format(), s.title()), description(s, link), s.location(), link,
                s.facilitator() == null ? null : new Person(s.facilitator().name(), s.facilitator().email()), List.of(),
                List.of(s.format().label(), s.teamName()), SessionTexts.status(s.status()),
                s.alarmMinutes() > 0 ? s.alarmMinutes() : null, s.updatedAt());
    }

    private static String description(FeedSession s, String link) {
        return new SessionTexts.Description()
                .cancellation(s.status(), s.cancelReason())
                .text(s.agenda())
                .facilitators(s.facilitator() == null ? null : s.facilitator().name(),
                        s.coFacilitator() == null ? null : s.coFacilitator().name())
                .list("Gaps addressed:", s.gapTitles())
                .link(link)
                .toString();
    }
}
