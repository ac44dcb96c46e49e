package org.peerplanner.integrations.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.calendar.FeedSession;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.integrations.common.MailSettings;
import org.peerplanner.integrations.common.PublicUrl;

/** A feed shows a session the way its invite does: same summary, status and description layout. */
class SessionFeedWriterTest {

    private final SessionFeedWriter feeds = new SessionFeedWriter(new CalendarWriter(Sessions.CLOCK),
            new PublicUrl("https://planner.example.org/"),
            new MailSettings("noreply@planner.example.org", Duration.ofSeconds(15)), Sessions.CLOCK);

    @Test
    void theSummaryNamesTheFormatOnceAndTheDescriptionListsWhoLeadsAndWhatItAddresses() {
        CalendarEvent event = feeds.event(session("Kafka consumer groups", SessionStatus.PLANNED, null));

        assertThat(event.summary()).isEqualTo("Deep dive: Kafka consumer groups");
        assertThat(event.status()).isEqualTo(EventStatus.TENTATIVE);
        assertThat(event.url()).isEqualTo("https://planner.example.org/sessions/7");
        assertThat(event.description()).isEqualTo("""
                Why rebalances hurt.

                Facilitator: Zoë Ångström
                Co-facilitator: Jonas Weber

                Gaps addressed:
                - Consumer lag
                - Rebalancing storms

                Session page: https://planner.example.org/sessions/7""");
    }

    @Test
    void aCancelledSessionSaysWhyFirstAndATitleWithTheFormatIsNotPrefixedTwice() {
        CalendarEvent event = feeds.event(session("Deep dive: Kafka", SessionStatus.CANCELLED, "Offsite week"));

        assertThat(event.summary()).isEqualTo("Deep dive: Kafka");
        assertThat(event.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(event.description()).startsWith("Cancelled: Offsite week\n\nWhy rebalances hurt.");
    }

    @Test
    void everySessionStatusHasACalendarStatus() {
        assertThat(List.of(SessionStatus.values())).extracting(SessionTexts::status).containsExactly(
                EventStatus.TENTATIVE, EventStatus.CONFIRMED, EventStatus.CONFIRMED, EventStatus.CANCELLED);
    }

    private static FeedSession session(String title, SessionStatus status, String cancelReason) {
        return new FeedSession(7, "session-7@peer-planner", 2, "Payments Platform", SessionFormat.DEEP_DIVE, title,
                "Why rebalances hurt.", LocalDateTime.of(2026, 12, 1, 14, 0).atZone(Sessions.LOS_ANGELES), 105,
                "Room 4.01", status, cancelReason, new FeedSession.Person("Zoë Ångström", "zoe@example.org"),
                new FeedSession.Person("Jonas Weber", "jonas@example.org"), List.of("Consumer lag", "Rebalancing storms"),
                15, Instant.parse("2026-11-20T10:00:00Z"));
    }
}
