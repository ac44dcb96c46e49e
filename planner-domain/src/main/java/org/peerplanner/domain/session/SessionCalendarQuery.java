package org.peerplanner.domain.session;

import org.peerplanner.domain.format.SessionFormat;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerplanner.domain.gap.KnowledgeGap;
import org.peerplanner.domain.gap.GapLookup;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a calendar invite for a session shows, read without a viewer: invites go to every attendee, so
 * confidential gaps are left out for all of them. Read-only; for mail and calendar integrations.
 */
@Service
@Transactional(readOnly = true)
public class SessionCalendarQuery {

    private final SessionRepository sessions;
    private final TeamLookup teams;
    private final PersonLookup people;
    private final GapLookup gaps;

    SessionCalendarQuery(SessionRepository sessions, TeamLookup teams, PersonLookup people,
                         GapLookup gaps) {
        this.sessions = sessions;
        this.teams = teams;
        this.people = people;
        this.gaps = gaps;
    }

    /** The session as its invite shows it now; empty when it no longer exists. */
    public Optional<CalendarEntry> find(long sessionId) {
        return sessions.findById(sessionId).map(this::entry);
    }

    private CalendarEntry entry(LearningSession s) {
        var team = teams.team(s.getTeamId()).orElseThrow();
        Map<Long, Person> byId = peopleOf(s);
        List<Invitee> attendees = s.getAttendees().stream()
                .filter(a -> byId.containsKey(a.personId()))
                .map(a -> new Invitee(a.personId(), byId.get(a.personId()).getFullName(),
                        byId.get(a.personId()).getEmail(), a.rsvp()))
                .sorted(Comparator.comparing(Invitee::name)).toList();
        if (s.getFormat().isConfidential()) {
            // An invite travels beyond the app (mail servers, shared calendars, forwards): a roundtable's invite
            // names only the format, when, where and who leads; the topic stays on the session's page.
            return new CalendarEntry(s.getId(), s.getUid(), s.getRevision(), s.getFormat(), s.getTitleBeyondAttendees(),
                    null, s.getStart(), s.getDurationMinutes(), s.getLocation(), s.getStatus(), null, team.getName(),
                    team.getPlanning().alarmMinutes(), contact(byId, s.getFacilitatorId()),
                    contact(byId, s.getCoFacilitatorId()), attendees, List.of(), List.of(), s.getUpdatedAt());
        }
        List<String> gapTitles = gaps.gaps(s.getGapIds()).stream()
                .filter(g -> !g.isConfidential())
                .sorted(Comparator.comparing(KnowledgeGap::getId))
                .map(KnowledgeGap::getTitle).toList();
        return new CalendarEntry(s.getId(), s.getUid(), s.getRevision(), s.getFormat(), s.getTitle(), s.getAgenda(),
                s.getStart(), s.getDurationMinutes(), s.getLocation(), s.getStatus(), s.getCancelReason(),
                team.getName(), team.getPlanning().alarmMinutes(), contact(byId, s.getFacilitatorId()),
                contact(byId, s.getCoFacilitatorId()), attendees, gapTitles, s.getMaterials(), s.getUpdatedAt());
    }

    private Map<Long, Person> peopleOf(LearningSession s) {
        Set<Long> ids = new HashSet<>();
        s.getFacilitatorId().ifPresent(ids::add);
        s.getCoFacilitatorId().ifPresent(ids::add);
        s.getAttendees().forEach(a -> ids.add(a.personId()));
        return people.people(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    }

    private static Contact contact(Map<Long, Person> byId, Optional<Long> id) {
        return id.map(byId::get).map(p -> new Contact(p.getId(), p.getFullName(), p.getEmail())).orElse(null);
    }

    /**
     * One session as a calendar shows it.
     *
     * @param revision     the calendar SEQUENCE: raised on every change a calendar cares about
     * @param facilitator  null while the slot is open
     * @param gapTitles    the gaps it addresses, confidential ones left out
     * @param alarmMinutes the team's reminder before the start
     */
    public record CalendarEntry(long id, String uid, int revision, SessionFormat format, String title, String agenda,
                                ZonedDateTime start, int durationMinutes, String location, SessionStatus status,
                                String cancelReason, String teamName, int alarmMinutes, Contact facilitator,
                                Contact coFacilitator, List<Invitee> attendees, List<String> gapTitles,
                                List<Material> materials, Instant updatedAt) {

        public CalendarEntry {
            attendees = List.copyOf(attendees);
            gapTitles = List.copyOf(gapTitles);
            materials = List.copyOf(materials);
        }
    }

    public record Contact(long personId, String name, String email) {
    }

    public record Invitee(long personId, String name, String email, Rsvp rsvp) {
    }
}
