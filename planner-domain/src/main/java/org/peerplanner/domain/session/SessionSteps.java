package org.peerplanner.domain.session;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** What every change to a session does: find it as the actor may see it, save it, check who may act, tell people. */
@Component
class SessionSteps {

    private static final DateTimeFormatter STARTS = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter REFERENCE_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final SessionRepository sessions;
    private final TeamLookup teams;
    private final TeamAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionSteps(SessionRepository sessions, TeamLookup teams, TeamAccess access, ApplicationEventPublisher events,
                 Clock clock) {
        this.sessions = sessions;
        this.teams = teams;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    LearningSession visible(Actor actor, long sessionId) {
        LearningSession s = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("The session"));
        if (!access.canSeeTeam(actor, s.getTeamId())) {
            throw new NotFoundException("The session");
        }
        return s;
    }

    void save(LearningSession s) {
        try {
            sessions.saveAndFlush(s);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("This session");
        }
    }

    void requireMember(Actor actor, long teamId, String verb) {
        if (!teams.isMember(teamId, actor.personId())) {
            throw new NotPermittedException("Only members of the team can " + verb + ".");
        }
    }

    boolean canEdit(Actor actor, LearningSession s) {
        return access.canManageTeam(actor, s.getTeamId())
                || s.getFacilitatorId().map(f -> f == actor.personId()).orElse(false);
    }

    /**
     * Holding says the session took place, which marks its gaps addressed and opens its follow-ups: a session that
     * has not started yet cannot have happened.
     */
    void requireStarted(LearningSession s) {
        if (!hasStarted(s)) {
            throw InvalidInputException.of("status", "This session starts " + s.getStart().format(STARTS)
                    + ": it can be marked held or wrapped up once it has started.");
        }
    }

    boolean hasStarted(LearningSession s) {
        return !clock.instant().isBefore(s.getStartsAt());
    }

    /** Tells listeners (metrics, the contribution ledger) that the session took place. */
    void held(LearningSession s) {
        events.publishEvent(new SessionHeld(s.getId(), s.getTeamId()));
    }

    /** Tells listeners that "held" was a mistake: the contribution ledger reverses what holding wrote. */
    void setBack(LearningSession s) {
        events.publishEvent(new SessionSetBack(s.getId(), s.getTeamId()));
    }

    void publish(LearningSession s, SessionCalendarChange.Kind kind) {
        events.publishEvent(new SessionCalendarChange(s.getId(), kind));
    }

    /** Updates and cancellations reach only calendars that had the invite: a never-confirmed session mails nobody. */
    void publishIfAnnounced(LearningSession s, SessionCalendarChange.Kind kind) {
        if (s.isAnnounced()) {
            publish(s, kind);
        }
    }

    /** People who must act or know hear of it (the notification list listens); nobody to tell, nothing published. */
    void tell(SessionNotice notice) {
        if (!notice.people().isEmpty()) {
            events.publishEvent(notice);
        }
    }

    void tellIfAnnounced(SessionNotice notice, LearningSession s) {
        if (s.isAnnounced()) {
            tell(notice);
        }
    }

    static String reference(LearningSession s) {
        return s.getStart().format(REFERENCE_DATE) + ": " + s.getTitleBeyondAttendees();
    }
}
