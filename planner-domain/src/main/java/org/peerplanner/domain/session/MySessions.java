package org.peerplanner.domain.session;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.people.PersonLookup;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own side of the sessions, across all their teams: what comes next for them and what waits for
 * their answer. Each answer costs a fixed handful of queries (the upcoming sessions of their teams, their
 * attendees in batches, open swaps, names), however many sessions there are.
 */
@Service
@Transactional(readOnly = true)
public class MySessions {

    private final SessionRepository sessions;
    private final SwapRequestRepository swaps;
    private final TeamLookup memberships;
    private final PersonLookup people;
    private final Clock clock;

    MySessions(SessionRepository sessions, SwapRequestRepository swaps, TeamLookup memberships,
               PersonLookup people, Clock clock) {
        this.sessions = sessions;
        this.swaps = swaps;
        this.memberships = memberships;
        this.people = people;
        this.clock = clock;
    }

    /** The next sessions the person leads or is invited to and has not said no to, soonest first. */
    public List<MySession> next(Actor actor, int limit) {
        var upcoming = upcoming(actor.personId());
        return upcoming.cards(upcoming.list.stream()
                .filter(s -> leads(s, actor.personId()) || rsvp(s, actor.personId()).filter(r -> r != Rsvp.NO).isPresent())
                .limit(limit).toList(), actor.personId());
    }

    public WaitingForAnswer waitingFor(Actor actor) {
        long me = actor.personId();
        var upcoming = upcoming(me);
        var toLead = upcoming.list.stream().filter(s -> s.getStatus() == SessionStatus.PLANNED
                && s.getFacilitatorId().map(f -> f == me).orElse(false)).toList();
        var rsvps = upcoming.list.stream().filter(s -> s.getStatus() == SessionStatus.CONFIRMED && !leads(s, me)
                && rsvp(s, me).filter(r -> r == Rsvp.PENDING).isPresent()).toList();
        var byId = upcoming.list.stream().collect(Collectors.toMap(LearningSession::getId, Function.identity()));
        var openSwaps = upcoming.list.isEmpty() ? List.<SwapRequest>of()
                : swaps.findBySessionIdInAndStatus(byId.keySet(), SwapRequest.Status.OPEN).stream()
                .filter(r -> r.getRequestedBy() != me)
                .filter(r -> !away(me, byId.get(r.getSessionId())))
                .sorted(Comparator.comparing(r -> byId.get(r.getSessionId()).getStartsAt())).toList();
        var askers = names(openSwaps.stream().map(SwapRequest::getRequestedBy).collect(Collectors.toSet()));
        var swapCards = upcoming.cards(openSwaps.stream().map(r -> byId.get(r.getSessionId())).toList(), me);
        List<WaitingForAnswer.SwapOffer> offers = new ArrayList<>();
        for (int i = 0; i < openSwaps.size(); i++) {
            var asker = askers.get(openSwaps.get(i).getRequestedBy());
            offers.add(new WaitingForAnswer.SwapOffer(swapCards.get(i),
                    asker == null ? "A teammate" : asker.getFullName(), openSwaps.get(i).getReason()));
        }
        return new WaitingForAnswer(upcoming.cards(toLead, me), offers, upcoming.cards(rsvps, me));
    }

    /** Planned and confirmed sessions of the person's teams that have not started yet, soonest first. */
    private Upcoming upcoming(long personId) {
        Map<Long, String> teamNames = memberships.membershipsOf(personId).stream()
                .collect(Collectors.toMap(m -> m.getTeam().getId(), m -> m.getTeam().getName(), (a, b) -> a));
        if (teamNames.isEmpty()) {
            return new Upcoming(List.of(), teamNames);
        }
        Instant now = clock.instant();
        var list = sessions.findByTeamIdInAndStartsAtGreaterThanEqualOrderByStartsAt(teamNames.keySet(), now).stream()
                .filter(s -> s.getStatus().isUpcoming()).toList();
        return new Upcoming(list, teamNames);
    }

    private final class Upcoming {
        private final List<LearningSession> list;
        private final Map<Long, String> teamNames;

        Upcoming(List<LearningSession> list, Map<Long, String> teamNames) {
            this.list = list;
            this.teamNames = teamNames;
        }

        List<MySession> cards(List<LearningSession> some, long me) {
            Set<Long> ids = new HashSet<>();
            some.forEach(s -> s.getFacilitatorId().ifPresent(ids::add));
            var names = names(ids);
            return some.stream().map(s -> new MySession(s.getId(), teamNames.get(s.getTeamId()), s.getFormat(),
                    s.sharesNotesWith(me) ? s.getTitle() : s.getTitleBeyondAttendees(), s.getStart(),
                    s.getDurationMinutes(), s.getStatus(),
                    s.getFacilitatorId().map(names::get).map(Person::getFullName).orElse(null), leads(s, me),
                    rsvp(s, me).orElse(null))).toList();
        }
    }

    /** Someone away on the day cannot take the session over, so they are not offered its swap. */
    private boolean away(long personId, LearningSession s) {
        return people.person(personId).map(p -> p.isAbsentOn(s.getSlotDate())).orElse(false);
    }

    private static boolean leads(LearningSession s, long personId) {
        return s.isLedBy(personId);
    }

    private static Optional<Rsvp> rsvp(LearningSession s, long personId) {
        return s.getAttendees().stream().filter(a -> a.personId() == personId).map(Attendee::rsvp).findFirst();
    }

    private Map<Long, Person> names(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : people.people(ids).stream().collect(Collectors.toMap(Person::getId, Function.identity()));
    }
}
