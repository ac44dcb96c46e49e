package org.peerplanner.domain.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may read of sessions (plans, follow-ups, feeds and articles). The
 * repositories stay inside this package; changes go through the session services.
 */
@Component
@Transactional(readOnly = true)
public class SessionLookup {

    private final SessionRepository sessions;
    private final SlotDeclineRepository declines;

    SessionLookup(SessionRepository sessions, SlotDeclineRepository declines) {
        this.sessions = sessions;
        this.declines = declines;
    }

    public Optional<LearningSession> session(long sessionId) {
        return sessions.findById(sessionId);
    }

    public List<LearningSession> sessions(Collection<Long> sessionIds) {
        return sessions.findAllById(sessionIds);
    }

    /** The team's sessions in the given states whose slot is on or after {@code from}, by start. */
    public List<LearningSession> fromSlot(long teamId, LocalDate from, Collection<SessionStatus> statuses) {
        return sessions.findFromSlot(teamId, from, statuses);
    }

    public List<LearningSession> held(long teamId, LocalDate from, LocalDate to) {
        return sessions.findHeld(teamId, from, to);
    }

    public long count(long teamId, Collection<SessionStatus> statuses) {
        return sessions.countByTeamIdAndStatusIn(teamId, statuses);
    }

    /** Sessions of some teams starting from {@code from}: what calendar feeds carry. */
    public List<LearningSession> startingFrom(Collection<Long> teamIds, Instant from) {
        return sessions.findByTeamIdInAndStartsAtGreaterThanEqualOrderByStartsAt(teamIds, from);
    }

    /** Slots the team's managers declined, from {@code from} on. */
    public List<SlotDecline> declinedFrom(long teamId, LocalDate from) {
        return declines.findByTeamIdAndSlotDateGreaterThanEqual(teamId, from);
    }
}
