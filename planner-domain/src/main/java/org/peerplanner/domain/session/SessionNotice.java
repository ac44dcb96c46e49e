package org.peerplanner.domain.session;

import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * Published in the transaction when a session asks something of people or has news for them. Unlike
 * {@link SessionCalendarChange} (what calendars must show), these say who must hear of it; a listener that
 * writes in the same transaction (the notification list) stays all-or-nothing with the change. {@code people}
 * never holds the person who made the change: nobody needs telling what they just did.
 */
public sealed interface SessionNotice {

    Subject session();

    Set<Long> people();

    /** What the session is, as it was at the change (start in the team's zone). */
    record Subject(long id, long teamId, String title, ZonedDateTime start) {
    }

    /** The person is proposed to lead the session and is asked to accept or decline. */
    record FacilitatorProposed(Subject session, Set<Long> people) implements SessionNotice {
    }

    /** The facilitator asked the team for someone to take the session over; {@code people} could take it. */
    record SwapAsked(Subject session, String askedBy, String reason, Set<Long> people) implements SessionNotice {
    }

    /** The session was confirmed and these people have not answered whether they come. */
    record RsvpAwaited(Subject session, Set<Long> people) implements SessionNotice {
    }

    /** Time, place, title or facilitator of a confirmed session changed; for those who had not said no. */
    record Changed(Subject session, Set<Long> people) implements SessionNotice {
    }

    record Cancelled(Subject session, String reason, Set<Long> people) implements SessionNotice {
    }

    // ---- built from the session by SessionService

    static Subject subject(LearningSession s) {
        return new Subject(s.getId(), s.getTeamId(), s.getTitleBeyondAttendees(), s.getStart());
    }

    static FacilitatorProposed proposed(LearningSession s, long actorId) {
        return new FacilitatorProposed(subject(s), without(s.getFacilitatorId().map(Set::of).orElse(Set.of()), actorId));
    }

    static RsvpAwaited rsvpAwaited(LearningSession s, long actorId) {
        Set<Long> pending = new HashSet<>();
        s.getAttendees().stream().filter(a -> a.rsvp() == Rsvp.PENDING).forEach(a -> pending.add(a.personId()));
        s.getFacilitatorId().ifPresent(pending::remove);
        s.getCoFacilitatorId().ifPresent(pending::remove);
        return new RsvpAwaited(subject(s), without(pending, actorId));
    }

    static Changed changed(LearningSession s, long actorId) {
        return new Changed(subject(s), without(concerned(s), actorId));
    }

    static Cancelled cancelled(LearningSession s, long actorId) {
        return new Cancelled(subject(s), s.getCancelReason(), without(concerned(s), actorId));
    }

    /** The facilitators and every invitee who had not said no. */
    private static Set<Long> concerned(LearningSession s) {
        Set<Long> people = new HashSet<>();
        s.getAttendees().stream().filter(a -> a.rsvp() != Rsvp.NO).forEach(a -> people.add(a.personId()));
        s.getFacilitatorId().ifPresent(people::add);
        s.getCoFacilitatorId().ifPresent(people::add);
        return people;
    }

    private static Set<Long> without(Set<Long> people, long actorId) {
        Set<Long> copy = new HashSet<>(people);
        copy.remove(actorId);
        return Set.copyOf(copy);
    }
}
