package org.peerplanner.domain.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.team.Team;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling learning sessions and reading them: a manager schedules, revises and cancels. Scheduling a
 * session for a gap plans the gap. Who leads ({@link FacilitationService}), swaps ({@link SwapService}),
 * RSVPs ({@link AttendanceService}) and holding ({@link SessionHoldingService}) have their own services.
 */
@Service
@Transactional(readOnly = true)
public class SessionService {

    private final SessionRepository sessions;
    private final SwapRequestRepository swaps;
    private final TeamLookup teams;
    private final TeamAccess access;
    private final CommandValidator validator;
    private final GapLifecycleService gapLifecycle;
    private final GapService gaps;
    private final SessionSteps steps;
    private final SessionReader reader;
    private final Clock clock;

    SessionService(SessionRepository sessions, SwapRequestRepository swaps, TeamLookup teams, TeamAccess access,
                   CommandValidator validator, GapLifecycleService gapLifecycle, GapService gaps, SessionSteps steps,
                   SessionReader reader, Clock clock) {
        this.sessions = sessions;
        this.swaps = swaps;
        this.teams = teams;
        this.access = access;
        this.validator = validator;
        this.gapLifecycle = gapLifecycle;
        this.gaps = gaps;
        this.steps = steps;
        this.reader = reader;
        this.clock = clock;
    }

    /** A manager puts a session on the calendar; its gaps become PLANNED and the team is invited. */
    @Transactional
    public SessionDetails schedule(Actor actor, long teamId, SessionEdit edit) {
        access.requireManager(actor, teamId);
        check(actor, teamId, edit);
        Team team = teams.team(teamId).orElseThrow(() -> new NotFoundException("The team"));
        var placed = edit.startingAt(edit.start().withZoneSameInstant(team.getTimeZone()))
                .at(edit.location() == null ? team.getDefaultLocation() : edit.location());
        var session = new LearningSession(teamId, placed, clock.instant());
        session.address(edit.gapIds());
        // A pairing session is for its two or three people; everything else is open to the whole team.
        session.invite(edit.format() == SessionFormat.PAIRING ? facilitators(placed) : teamMembers(teamId));
        session = sessions.saveAndFlush(session);
        planGaps(actor, session);
        steps.tell(SessionNotice.proposed(session, actor.personId()));
        return reader.details(actor, session.getId());
    }

    public SessionDetails details(Actor actor, long sessionId) {
        return reader.details(actor, sessionId);
    }

    /** Upcoming sessions (planned or confirmed), soonest first. */
    public List<SessionCard> upcoming(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        LocalDate today = today(teamId);
        return reader.cards(actor, sessions.findFromSlot(teamId, today, EnumSet.of(SessionStatus.PLANNED, SessionStatus.CONFIRMED)));
    }

    /** Held and cancelled sessions, latest first. */
    public List<SessionCard> past(Actor actor, long teamId, int limit) {
        access.requireVisibleTeam(actor, teamId);
        return reader.cards(actor, sessions.findPast(teamId, clock.instant(),
                EnumSet.of(SessionStatus.HELD, SessionStatus.CANCELLED), PageRequest.of(0, limit)));
    }

    /** Every session of the team starting in [from, to): the month view. */
    public List<SessionCard> between(Actor actor, long teamId, Instant from, Instant to) {
        access.requireVisibleTeam(actor, teamId);
        return reader.cards(actor, sessions.findBetween(teamId, from, to));
    }

    /** Sessions that address a gap, for the gap's page, in date order. */
    public List<SessionCard> forGap(Actor actor, long gapId) {
        return reader.cards(actor, sessions.findByGap(gapId).stream().filter(s -> access.canSeeTeam(actor, s.getTeamId()))
                .sorted(java.util.Comparator.comparing(LearningSession::getStartsAt)).toList());
    }

    /** Managers and the session's facilitator edit it; calendar-relevant changes raise the revision. */
    @Transactional
    public SessionDetails revise(Actor actor, long sessionId, long expectedVersion, SessionEdit edit) {
        LearningSession s = steps.visible(actor, sessionId);
        if (!steps.canEdit(actor, s)) {
            throw new NotPermittedException("Only the team's managers and the session's facilitator can edit it.");
        }
        if (s.getVersion() != expectedVersion) {
            throw new ConflictException("This session");
        }
        check(actor, s.getTeamId(), edit);
        Set<Long> newGaps = new HashSet<>(edit.gapIds());
        newGaps.removeAll(s.getGapIds());
        Optional<Long> facilitatorBefore = s.getFacilitatorId();
        boolean calendarChange = s.revise(edit.startingAt(edit.start().withZoneSameInstant(
                teams.team(s.getTeamId()).orElseThrow().getTimeZone())), clock.instant());
        s.address(edit.gapIds());
        steps.save(s);
        if (calendarChange) {
            steps.publishIfAnnounced(s, SessionCalendarChange.Kind.UPDATED);
            steps.tellIfAnnounced(SessionNotice.changed(s, actor.personId()), s);
        }
        if (!facilitatorBefore.equals(s.getFacilitatorId())) {
            steps.tell(SessionNotice.proposed(s, actor.personId()));
        }
        newGaps.forEach(gapId -> gapLifecycle.sessionScheduled(actor, gapId, SessionSteps.reference(s)));
        return reader.details(actor, sessionId);
    }

    @Transactional
    public SessionDetails cancel(Actor actor, long sessionId, String reason) {
        LearningSession s = steps.visible(actor, sessionId);
        access.requireManager(actor, s.getTeamId());
        s.cancel(reason, clock.instant());
        steps.save(s);
        steps.publishIfAnnounced(s, SessionCalendarChange.Kind.CANCELLED);
        steps.tell(SessionNotice.cancelled(s, actor.personId()));
        swaps.findBySessionIdAndStatus(sessionId, SwapRequest.Status.OPEN).ifPresent(r -> r.withdraw(clock.instant()));
        return reader.details(actor, sessionId);
    }

    private void check(Actor actor, long teamId, SessionEdit edit) {
        validator.check(edit);
        LearningSession.checkDuration(edit.format(), edit.durationMinutes());
        for (Long person : new Long[] {edit.facilitatorId(), edit.coFacilitatorId()}) {
            if (person != null && !teams.isMember(teamId, person)) {
                throw InvalidInputException.of("facilitatorId", "Facilitators must be members of the team.");
            }
        }
        if (edit.facilitatorId() != null && edit.facilitatorId().equals(edit.coFacilitatorId())) {
            throw InvalidInputException.of("coFacilitatorId", "The co-facilitator must be someone other than the facilitator.");
        }
        for (long gapId : edit.gapIds()) {
            var gap = gaps.details(actor, gapId);
            if (gap.teamId() != teamId) {
                throw InvalidInputException.of("gapIds", "A session can only address its own team's gaps.");
            }
        }
    }

    private void planGaps(Actor actor, LearningSession s) {
        s.getGapIds().forEach(gapId -> gapLifecycle.sessionScheduled(actor, gapId, SessionSteps.reference(s)));
    }

    private static Set<Long> facilitators(SessionEdit edit) {
        Set<Long> people = new HashSet<>();
        if (edit.facilitatorId() != null) {
            people.add(edit.facilitatorId());
        }
        if (edit.coFacilitatorId() != null) {
            people.add(edit.coFacilitatorId());
        }
        return people;
    }

    private Set<Long> teamMembers(long teamId) {
        return teams.members(teamId, "", PageRequest.of(0, 10_000)).stream()
                .map(m -> m.getPerson().getId()).collect(Collectors.toSet());
    }

    private LocalDate today(long teamId) {
        return LocalDate.now(clock.withZone(teams.team(teamId).orElseThrow().getTimeZone()));
    }
}
