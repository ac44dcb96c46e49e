package org.peerplanner.integrations.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peerplanner.domain.session.Material;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionCalendarQuery.CalendarEntry;
import org.peerplanner.domain.session.SessionCalendarQuery.Contact;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.integrations.calendar.Attendee;
import org.peerplanner.integrations.calendar.Attendee.PartStat;
import org.peerplanner.integrations.calendar.Attendee.Role;
import org.peerplanner.integrations.calendar.CalendarEvent;
import org.peerplanner.integrations.calendar.SessionTexts;
import org.peerplanner.integrations.calendar.Person;
import org.peerplanner.integrations.common.MailSettings;
import org.peerplanner.integrations.common.PublicUrl;
import org.springframework.stereotype.Component;

/** Turns a session, as its calendar entry, into the calendar event its invites carry, and says who gets them. */
@Component
public class SessionInvites {

    static final String FALLBACK_ORGANIZER_NAME = "Peer Planner";

    private final PublicUrl publicUrl;
    private final MailSettings settings;
    private final Optional<CarriedOverActionItems> carriedOver;

    public SessionInvites(PublicUrl publicUrl, MailSettings settings,
                          Optional<CarriedOverActionItems> carriedOver) {
        this.publicUrl = publicUrl;
        this.settings = settings;
        this.carriedOver = carriedOver;
    }

    public CalendarEvent event(CalendarEntry session) {
        return new CalendarEvent(session.uid(), session.revision(), session.start(),
                Duration.ofMinutes(session.durationMinutes()), summary(session), description(session),
                session.location(), sessionUrl(session.id()), organizer(session), attendees(session),
                List.of(session.format().label()), SessionTexts.status(session.status()), session.alarmMinutes(),
                session.updatedAt());
    }

    /** "Deep dive: Kafka", or just the title when it already starts with the format's label. */
    public String summary(CalendarEntry session) {
        return SessionTexts.summary(session.format(), session.title());
    }

    public String sessionUrl(long sessionId) {
        return SessionTexts.sessionUrl(publicUrl.publicUrl(), sessionId);
    }

    /**
     * Who is mailed, each address once: the facilitators and every attendee who has not said no; for a cancellation
     * everyone, so that no calendar keeps the session.
     */
    public List<Recipient> recipients(CalendarEntry session, boolean cancellation) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        for (Contact lead : leads(session)) {
            byEmail.putIfAbsent(key(lead.email()), new Recipient(lead.name(), lead.email()));
        }
        session.attendees().stream()
                .filter(a -> cancellation || a.rsvp() != Rsvp.NO)
                .forEach(a -> byEmail.putIfAbsent(key(a.email()), new Recipient(a.name(), a.email())));
        return List.copyOf(byEmail.values());
    }

    private Person organizer(CalendarEntry session) {
        Contact facilitator = session.facilitator();
        return facilitator != null ? new Person(facilitator.name(), facilitator.email())
                : new Person(FALLBACK_ORGANIZER_NAME, settings.from());
    }

    private static List<Attendee> attendees(CalendarEntry session) {
        Map<String, Attendee> byEmail = new LinkedHashMap<>();
        Contact facilitator = session.facilitator();
        for (Contact lead : leads(session)) {
            boolean organizer = lead == facilitator;
            PartStat answer = organizer && session.status() == SessionStatus.CONFIRMED ? PartStat.ACCEPTED
                    : partStat(rsvpOf(session, lead.personId()));
            byEmail.putIfAbsent(key(lead.email()), new Attendee(lead.name(), lead.email(), Role.CHAIR, answer, !organizer));
        }
        session.attendees().forEach(a -> byEmail.putIfAbsent(key(a.email()),
                new Attendee(a.name(), a.email(), Role.REQ_PARTICIPANT, partStat(a.rsvp()), true)));
        return List.copyOf(byEmail.values());
    }

    private String description(CalendarEntry session) {
        Contact facilitator = session.facilitator();
        Contact coFacilitator = session.coFacilitator();
        return new SessionTexts.Description()
                .cancellation(session.status(), session.cancelReason())
                .text(session.agenda())
                .facilitators(facilitator == null ? null : facilitator.name(),
                        coFacilitator == null ? null : coFacilitator.name())
                .list("Gaps addressed:", session.gapTitles())
                .list("Materials:", session.materials().stream().map(SessionInvites::material).toList())
                .list("Open action items carried over from earlier sessions:",
                        carriedOver.map(items -> items.openBefore(session.id())).orElse(List.of()))
                .link(sessionUrl(session.id()))
                .toString();
    }

    private static String material(Material material) {
        return material.label() + ": " + material.url();
    }

    private static List<Contact> leads(CalendarEntry session) {
        List<Contact> leads = new ArrayList<>(2);
        if (session.facilitator() != null) {
            leads.add(session.facilitator());
        }
        if (session.coFacilitator() != null) {
            leads.add(session.coFacilitator());
        }
        return leads;
    }

    private static Rsvp rsvpOf(CalendarEntry session, long personId) {
        return session.attendees().stream().filter(a -> a.personId() == personId).map(a -> a.rsvp())
                .findFirst().orElse(Rsvp.PENDING);
    }

    static PartStat partStat(Rsvp rsvp) {
        return switch (rsvp) {
            case YES -> PartStat.ACCEPTED;
            case NO -> PartStat.DECLINED;
            case MAYBE -> PartStat.TENTATIVE;
            case PENDING -> PartStat.NEEDS_ACTION;
        };
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Someone who gets the mail. */
    public record Recipient(String name, String email) {
    }
}
