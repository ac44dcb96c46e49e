package org.peerplanner.domain.session;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Set;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pairing two people agreed between themselves (a help request's "offer to pair", accepted by the asker): no
 * manager schedules it and no facilitator has to accept, because the one who leads proposed the time and the other
 * said yes. It goes on their shared team's calendar, confirmed, and the usual invite reaches both calendars. The
 * caller has checked that the two agreed; this checks that both belong to the team.
 */
@Service
public class AgreedPairings {

    private final SessionRepository sessions;
    private final TeamLookup teams;
    private final SessionSteps steps;
    private final Clock clock;

    AgreedPairings(SessionRepository sessions, TeamLookup teams, SessionSteps steps, Clock clock) {
        this.sessions = sessions;
        this.teams = teams;
        this.steps = steps;
        this.clock = clock;
    }

    /** Creates the confirmed pairing session led by {@code leadId} with {@code partnerId}; returns its id. */
    @Transactional
    public long arrange(long teamId, long leadId, long partnerId, String title, String agenda, ZonedDateTime start,
                        int minutes) {
        var team = teams.team(teamId).orElseThrow(() -> new NotFoundException("The team"));
        if (!teams.isMember(teamId, leadId) || !teams.isMember(teamId, partnerId)) {
            throw InvalidInputException.of("start", "A pairing session goes on a team's calendar: both of you must "
                    + "belong to " + team.getName() + ".");
        }
        if (!start.toInstant().isAfter(clock.instant())) {
            throw InvalidInputException.of("start", "This time has passed: propose a new one.");
        }
        String cut = title.length() > 200 ? title.substring(0, 199) + "…" : title;
        var edit = SessionEdit.of(SessionFormat.PAIRING, cut, start.withZoneSameInstant(team.getTimeZone()), leadId)
                .ledBy(leadId, partnerId).lasting(minutes).withAgenda(agenda == null || agenda.length() <= 4000
                        ? agenda : agenda.substring(0, 3999) + "…");
        LearningSession.checkDuration(edit.format(), edit.durationMinutes());
        var session = new LearningSession(teamId, edit.at(team.getDefaultLocation()), clock.instant());
        session.invite(Set.of(leadId, partnerId));
        session.confirmBy(leadId, clock.instant());
        session = sessions.saveAndFlush(session);
        steps.publish(session, SessionCalendarChange.Kind.CONFIRMED);
        return session.getId();
    }
}
