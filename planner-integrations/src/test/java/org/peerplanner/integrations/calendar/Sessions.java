package org.peerplanner.integrations.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.integrations.calendar.Attendee.PartStat;
import org.peerplanner.integrations.calendar.Attendee.Role;

/** Sample calendar input, shaped like what the sessions feature will map its sessions to. */
final class Sessions {

    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final Instant NOW = Instant.parse("2026-10-01T08:30:00Z");
    static final Instant EDITED = Instant.parse("2026-09-30T17:45:12Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final Person ORGANIZER = new Person("Zoë Ångström 🚀", "zoe@example.org");
    static final Attendee FACILITATOR =
            new Attendee("Łukasz Żółć", "lukasz@example.org", Role.CHAIR, PartStat.ACCEPTED, false);
    static final Attendee MEMBER =
            new Attendee("O'Brien, Siobhán; \"Shiv\"", "shiv@example.org", Role.REQ_PARTICIPANT,
                    PartStat.NEEDS_ACTION, true);
    static final Attendee GUEST =
            new Attendee("山田 太郎", "taro@example.jp", Role.OPT_PARTICIPANT, PartStat.TENTATIVE, true);

    private Sessions() {
    }

    static CalendarEvent lunchAndLearn(String uid, LocalDateTime localStart, ZoneId zone) {
        return new CalendarEvent(uid, 0, localStart.atZone(zone), Duration.ofMinutes(45),
                "Lunch & Learn: Kafka consumer groups",
                "Why rebalances hurt; how to tune them.\nBring: laptop, questions; curiosity\\courage",
                "Room 4.12, Building B; or Zoom",
                "https://planner.example.org/sessions/42?tab=details&x=1",
                ORGANIZER, List.of(FACILITATOR, MEMBER, GUEST),
                List.of(SessionFormat.LUNCH_AND_LEARN.label(), "Kafka, streams"),
                EventStatus.CONFIRMED, CalendarEvent.DEFAULT_ALARM_MINUTES, EDITED);
    }

    static CalendarEvent lunchAndLearn() {
        return lunchAndLearn("session-42@peerplanner.org", LocalDateTime.of(2026, 10, 27, 12, 0), LOS_ANGELES);
    }

    static AllDayEvent due(String uid, LocalDate date, String what) {
        return new AllDayEvent(uid, 0, date, "Due: " + what, "From the session \"Kafka consumer groups\"",
                "https://planner.example.org/actions/" + uid, EDITED);
    }
}
