package org.peerplanner.domain.calendar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionStatus;

/** One session as a calendar feed carries it. */
public record FeedSession(long sessionId, String uid, int revision, String teamName, SessionFormat format, String title,
                          String agenda, ZonedDateTime start, int durationMinutes, String location, SessionStatus status,
                          String cancelReason, Person facilitator, Person coFacilitator, List<String> gapTitles,
                          int alarmMinutes, Instant updatedAt) {

    public record Person(String name, String email) {
    }
}
