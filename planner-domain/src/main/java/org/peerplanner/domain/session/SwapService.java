package org.peerplanner.domain.session;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A facilitator asks someone else to take their session over; another member takes it. */
@Service
@Transactional(readOnly = true)
public class SwapService {

    private final SessionRepository sessions;
    private final SwapRequestRepository swaps;
    private final TeamLookup teams;
    private final TeamAccess access;
    private final SessionSteps steps;
    private final SessionReader reader;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SwapService(SessionRepository sessions, SwapRequestRepository swaps, TeamLookup teams, TeamAccess access,
                SessionSteps steps, SessionReader reader, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.swaps = swaps;
        this.teams = teams;
        this.access = access;
        this.steps = steps;
        this.reader = reader;
        this.events = events;
        this.clock = clock;
    }

    /** The facilitator asks someone else to take the session over. */
    @Transactional
    public SessionDetails requestSwap(Actor actor, long sessionId, String reason) {
        LearningSession s = steps.visible(actor, sessionId);
        if (!s.getFacilitatorId().map(f -> f == actor.personId()).orElse(false) || !s.getStatus().isUpcoming()) {
            throw InvalidInputException.of("swap", "Only the facilitator of an upcoming session can ask for a swap.");
        }
        if (swaps.findBySessionIdAndStatus(sessionId, SwapRequest.Status.OPEN).isPresent()) {
            throw InvalidInputException.of("swap", "A swap is already requested for this session.");
        }
        swaps.save(new SwapRequest(sessionId, actor.personId(), reason, clock.instant()));
        steps.tell(new SessionNotice.SwapAsked(SessionNotice.subject(s), SessionReader.name(reader.names(Set.of(actor.personId())),
                Optional.of(actor.personId())), reason, swapCandidates(s, actor.personId())));
        return reader.details(actor, sessionId);
    }

    @Transactional
    public SessionDetails withdrawSwap(Actor actor, long sessionId) {
        LearningSession s = steps.visible(actor, sessionId);
        var request = swaps.findBySessionIdAndStatus(sessionId, SwapRequest.Status.OPEN)
                .filter(r -> r.getRequestedBy() == actor.personId())
                .orElseThrow(() -> InvalidInputException.of("swap", "You have no open swap request for this session."));
        request.withdraw(clock.instant());
        return reader.details(actor, s.getId());
    }

    /** Another member takes over the session; they lead it as if they had accepted. */
    @Transactional
    public SessionDetails takeSwap(Actor actor, long sessionId) {
        LearningSession s = steps.visible(actor, sessionId);
        steps.requireMember(actor, s.getTeamId(), "take a swap");
        var request = swaps.findBySessionIdAndStatus(sessionId, SwapRequest.Status.OPEN)
                .orElseThrow(() -> InvalidInputException.of("swap", "This swap was already taken or withdrawn."));
        if (request.getRequestedBy() == actor.personId()) {
            throw InvalidInputException.of("swap", "You asked for this swap; someone else has to take it.");
        }
        request.takenBy(actor.personId(), clock.instant());
        s.handOver(actor.personId(), clock.instant());
        s.confirmBy(actor.personId(), clock.instant());
        try {
            swaps.flush();
            sessions.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw InvalidInputException.of("swap", "Someone else took this swap first.");
        }
        steps.publish(s, SessionCalendarChange.Kind.UPDATED);
        steps.tell(SessionNotice.changed(s, actor.personId()));
        events.publishEvent(new SessionAnswered(sessionId, actor.personId(), SessionAnswered.Question.SWAP));
        return reader.details(actor, sessionId);
    }

    public List<SwapView> openSwaps(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        var requests = swaps.findOpenForTeam(teamId);
        var bySession = sessions.findAllById(requests.stream().map(SwapRequest::getSessionId).toList()).stream()
                .collect(Collectors.toMap(LearningSession::getId, Function.identity()));
        var names = reader.names(requests.stream().map(SwapRequest::getRequestedBy).collect(Collectors.toSet()));
        return requests.stream().map(r -> SessionReader.swapView(r, bySession.get(r.getSessionId()), names.get(r.getRequestedBy()))).toList();
    }

    /** Who could take a swap: the team's other members, except those away that day. */
    private Set<Long> swapCandidates(LearningSession s, long askedBy) {
        return teams.members(s.getTeamId(), "", PageRequest.of(0, 10_000)).stream()
                .map(m -> m.getPerson()).filter(p -> p.getId() != askedBy && !p.isAbsentOn(s.getSlotDate()))
                .map(Person::getId).collect(Collectors.toSet());
    }
}
