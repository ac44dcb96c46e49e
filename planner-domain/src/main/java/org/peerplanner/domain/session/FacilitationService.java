package org.peerplanner.domain.session;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who leads a session: the proposed facilitator accepts or declines (the rotation then proposes the
 * next person), and a member volunteers for an open slot.
 */
@Service
@Transactional(readOnly = true)
public class FacilitationService {

    private final SessionRepository sessions;
    private final SlotDeclineRepository declines;
    private final Optional<FacilitatorSuggestions> suggestions;
    private final SessionSteps steps;
    private final SessionReader reader;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FacilitationService(SessionRepository sessions, SlotDeclineRepository declines,
                        Optional<FacilitatorSuggestions> suggestions, SessionSteps steps, SessionReader reader,
                        ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.declines = declines;
        this.suggestions = suggestions;
        this.steps = steps;
        this.reader = reader;
        this.events = events;
        this.clock = clock;
    }

    /** The proposed facilitator accepts: the session is CONFIRMED. */
    @Transactional
    public SessionDetails accept(Actor actor, long sessionId) {
        LearningSession s = steps.visible(actor, sessionId);
        s.confirmBy(actor.personId(), clock.instant());
        steps.save(s);
        steps.publish(s, SessionCalendarChange.Kind.CONFIRMED);
        steps.tell(SessionNotice.rsvpAwaited(s, actor.personId()));
        events.publishEvent(new SessionAnswered(sessionId, actor.personId(), SessionAnswered.Question.LEAD));
        return reader.details(actor, sessionId);
    }

    /**
     * The proposed facilitator declines: they are passed over for this slot and the rotation's next
     * candidate is proposed; with nobody left the slot stays open for volunteers.
     */
    @Transactional
    public SessionDetails decline(Actor actor, long sessionId) {
        LearningSession s = steps.visible(actor, sessionId);
        declines.save(new SlotDecline(s.getTeamId(), s.getSlotDate(), actor.personId(), clock.instant()));
        Set<Long> passedOver = declines.findByTeamIdAndSlotDate(s.getTeamId(), s.getSlotDate()).stream()
                .map(SlotDecline::getPersonId).collect(Collectors.toSet());
        passedOver.add(actor.personId());
        Long next = suggestions.flatMap(f -> f.nextFacilitator(s.getTeamId(), s.getSlotDate(), s.getFormat(), passedOver))
                .orElse(null);
        s.declineBy(actor.personId(), next, clock.instant());
        steps.save(s);
        steps.publishIfAnnounced(s, SessionCalendarChange.Kind.UPDATED);
        steps.tell(SessionNotice.proposed(s, actor.personId()));
        steps.tellIfAnnounced(SessionNotice.changed(s, actor.personId()), s);
        events.publishEvent(new SessionAnswered(sessionId, actor.personId(), SessionAnswered.Question.LEAD));
        return reader.details(actor, sessionId);
    }

    /**
     * Takes an open slot. Race-safe: the database lets exactly one of many concurrent volunteers
     * have it; the others are told someone was quicker.
     */
    @Transactional
    public SessionDetails volunteer(Actor actor, long sessionId) {
        LearningSession s = steps.visible(actor, sessionId);
        steps.requireMember(actor, s.getTeamId(), "volunteer");
        if (sessions.takeOpenSlot(sessionId, actor.personId(), clock.instant()) == 0) {
            throw InvalidInputException.of("facilitator",
                    "Someone else volunteered for this session first. Thank you all the same: look for another open slot.");
        }
        return reader.details(actor, sessionId);
    }

    /**
     * A member offers to lead alongside the facilitator ("your next step" suggests it to newcomers). The session's
     * version decides a race: the second offer finds the place taken and is told so.
     */
    @Transactional
    public SessionDetails coFacilitate(Actor actor, long sessionId) {
        LearningSession s = steps.visible(actor, sessionId);
        steps.requireMember(actor, s.getTeamId(), "co-facilitate");
        s.takeCoFacilitation(actor.personId(), clock.instant());
        steps.save(s);
        steps.publishIfAnnounced(s, SessionCalendarChange.Kind.UPDATED);
        return reader.details(actor, sessionId);
    }
}
