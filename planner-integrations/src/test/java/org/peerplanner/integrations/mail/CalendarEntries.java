package org.peerplanner.integrations.mail;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.peerplanner.domain.session.Material;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionCalendarQuery.CalendarEntry;
import org.peerplanner.domain.session.SessionCalendarQuery.Contact;
import org.peerplanner.domain.session.SessionCalendarQuery.Invitee;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionStatus;

/** A confirmed deep dive of a Berlin team, led by Aisha; Dev said no, the others are in or undecided. */
final class CalendarEntries {

    static final Contact AISHA = new Contact(1, "Aisha Khan", "aisha@example.com");
    static final Contact BEN = new Contact(2, "Ben Müller", "ben@example.com");
    static final Invitee AISHA_YES = new Invitee(1, "Aisha Khan", "aisha@example.com", Rsvp.YES);
    static final Invitee BEN_PENDING = new Invitee(2, "Ben Müller", "ben@example.com", Rsvp.PENDING);
    static final Invitee CHLOE_MAYBE = new Invitee(3, "Chloé Dubois", "chloe@example.com", Rsvp.MAYBE);
    static final Invitee DEV_NO = new Invitee(4, "Dev Patel", "dev@example.com", Rsvp.NO);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private CalendarEntries() {
    }

    static CalendarEntry deepDive() {
        return new CalendarEntry(42, "7f1c-42@peer-planner", 2, SessionFormat.DEEP_DIVE, "Kafka consumer groups",
                "Why rebalances hurt.\nHow to tune them.", LocalDateTime.of(2026, 10, 27, 13, 0).atZone(BERLIN), 90,
                "Room 4.12", SessionStatus.CONFIRMED, null, "Payments Platform", 10, AISHA, null,
                List.of(AISHA_YES, BEN_PENDING, CHLOE_MAYBE, DEV_NO), List.of("Consumer lag alerts"),
                List.of(new Material("Slides", "https://slides.example.com/kafka")),
                Instant.parse("2026-10-01T08:00:00Z"));
    }

    static CalendarEntry cancelled(CalendarEntry s, String reason) {
        return new CalendarEntry(s.id(), s.uid(), s.revision() + 1, s.format(), s.title(), s.agenda(), s.start(),
                s.durationMinutes(), s.location(), SessionStatus.CANCELLED, reason, s.teamName(), s.alarmMinutes(),
                s.facilitator(), s.coFacilitator(), s.attendees(), s.gapTitles(), s.materials(), s.updatedAt());
    }

    static CalendarEntry titled(CalendarEntry s, SessionFormat format, String title) {
        return new CalendarEntry(s.id(), s.uid(), s.revision(), format, title, s.agenda(), s.start(),
                s.durationMinutes(), s.location(), s.status(), s.cancelReason(), s.teamName(), s.alarmMinutes(),
                s.facilitator(), s.coFacilitator(), s.attendees(), s.gapTitles(), s.materials(), s.updatedAt());
    }

    static CalendarEntry withoutFacilitator(CalendarEntry s) {
        return new CalendarEntry(s.id(), s.uid(), s.revision(), s.format(), s.title(), s.agenda(), s.start(),
                s.durationMinutes(), s.location(), SessionStatus.PLANNED, s.cancelReason(), s.teamName(),
                s.alarmMinutes(), null, null, s.attendees(), s.gapTitles(), s.materials(), s.updatedAt());
    }
}
