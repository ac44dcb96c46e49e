package org.peerplanner.domain.session;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.outcomes.baseline.FirstHeldSessions;
import org.peerplanner.domain.people.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who actually came to held sessions: the list the wrap-up ticks, and the published figures that participation
 * metrics and the contribution ledger read. Attendance itself changes only through the wrap-up
 * ({@link SessionHoldingService#wrapUp}).
 */
@Component
@Transactional(readOnly = true)
public class SessionAttendance implements FirstHeldSessions {

    private final SessionRepository sessions;
    private final SessionSteps steps;
    private final SessionReader reader;

    SessionAttendance(SessionRepository sessions, SessionSteps steps, SessionReader reader) {
        this.sessions = sessions;
        this.steps = steps;
        this.reader = reader;
    }

    /** One person the facilitator may tick, with whether they count as present now. */
    public record Presence(long personId, String name, String answer, boolean present) {
    }

    /**
     * Everyone who was invited or leads, ticked as present when they are: recorded attendance once the session is
     * held, before that those who answered yes and those who lead. Another team's session answers "not found".
     */
    public List<Presence> presence(Actor actor, long sessionId) {
        LearningSession s = steps.visible(actor, sessionId);
        Set<Long> present = s.getStatus() == SessionStatus.HELD ? s.getAttendedIds() : s.expectedToCome();
        Map<Long, String> answers = new HashMap<>();
        s.getAttendees().forEach(a -> answers.put(a.personId(), a.rsvp().label()));
        s.getFacilitatorId().ifPresent(id -> answers.put(id, "Leads the session"));
        s.getCoFacilitatorId().ifPresent(id -> answers.put(id, "Leads the session"));
        Map<Long, Person> names = reader.names(answers.keySet());
        return answers.entrySet().stream().filter(e -> names.containsKey(e.getKey()))
                .map(e -> new Presence(e.getKey(), names.get(e.getKey()).getFullName(), e.getValue(),
                        present.contains(e.getKey())))
                .sorted(Comparator.comparing(Presence::name)).toList();
    }

    /** Who came to a held session (empty for a session not held). For other features; no access check here. */
    public Set<Long> attended(long sessionId) {
        return sessions.findById(sessionId).filter(s -> s.getStatus() == SessionStatus.HELD)
                .map(LearningSession::getAttendedIds).orElse(Set.of());
    }

    /**
     * A team's participation in held sessions with a slot from {@code from} to {@code to} inclusive: how many
     * sessions were held, how many attendances they had, and per person how many they came to. Two statements
     * whatever the period's length. The per-person counts are for the ledger and for each person themselves; team
     * screens show only the totals.
     */
    public Participation participation(long teamId, LocalDate from, LocalDate to) {
        Map<Long, Long> perPerson = new HashMap<>();
        for (Object[] row : sessions.countAttendance(teamId, from, to)) {
            perPerson.put((Long) row[0], (Long) row[1]);
        }
        return new Participation(teamId, from, to, sessions.countHeld(teamId, from, to), perPerson);
    }

    /** The slot date of the team's first held session, if any: the default adoption date of peer learning. */
    @Override
    public java.util.Optional<LocalDate> firstHeld(long teamId) {
        return sessions.findFirstHeldSlot(teamId);
    }

    public record Participation(long teamId, LocalDate from, LocalDate to, long heldSessions,
                                Map<Long, Long> sessionsAttendedByPerson) {

        public Participation {
            sessionsAttendedByPerson = Map.copyOf(sessionsAttendedByPerson);
        }

        public long attendances() {
            return sessionsAttendedByPerson.values().stream().mapToLong(Long::longValue).sum();
        }

        public int distinctPeople() {
            return sessionsAttendedByPerson.size();
        }
    }
}
