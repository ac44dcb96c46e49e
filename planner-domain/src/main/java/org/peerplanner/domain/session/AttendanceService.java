package org.peerplanner.domain.session;

import java.util.HashSet;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.format.SessionFormat;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members answer whether they come (RSVP); a pairing session takes two or three people. */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    private final SessionSteps steps;
    private final SessionReader reader;
    private final ApplicationEventPublisher events;

    AttendanceService(SessionSteps steps, SessionReader reader, ApplicationEventPublisher events) {
        this.steps = steps;
        this.reader = reader;
        this.events = events;
    }

    @Transactional
    public SessionDetails answer(Actor actor, long sessionId, Rsvp rsvp) {
        LearningSession s = steps.visible(actor, sessionId);
        steps.requireMember(actor, s.getTeamId(), "answer");
        if (s.getFormat() == SessionFormat.PAIRING && rsvp == Rsvp.YES && pairingIsFull(s, actor.personId())) {
            throw InvalidInputException.of("rsvp", "This pairing session already has three people. "
                    + "Pairing works in twos or threes: ask for the next pairing round instead.");
        }
        s.answer(actor.personId(), rsvp);
        steps.save(s);
        events.publishEvent(new SessionAnswered(sessionId, actor.personId(), SessionAnswered.Question.RSVP));
        return reader.details(actor, sessionId);
    }

    /** Three people are in: the facilitators and those who said yes, the newcomer not counted twice. */
    private static boolean pairingIsFull(LearningSession s, long newcomer) {
        Set<Long> in = new HashSet<>();
        s.getFacilitatorId().ifPresent(in::add);
        s.getCoFacilitatorId().ifPresent(in::add);
        s.getAttendees().stream().filter(a -> a.rsvp() == Rsvp.YES).forEach(a -> in.add(a.personId()));
        return !in.contains(newcomer) && in.size() >= 3;
    }
}
