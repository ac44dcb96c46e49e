package org.peerplanner.domain.session;

import java.time.ZonedDateTime;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.format.SessionFormat;
import org.springframework.stereotype.Component;

/**
 * What the attendance and participation tests start from: a team whose lead accepts to facilitate its lunch &
 * learns, where one member answers yes, one maybe and one never answers.
 */
@Component
class AnsweringTeams {

    record AnsweringTeam(long id, Actor manager, Actor lead, Actor yes, Actor maybe, Actor silent) {
    }

    private final DomainFixtures fixtures;
    private final SessionService sessions;
    private final FacilitationService facilitation;
    private final AttendanceService answers;

    AnsweringTeams(DomainFixtures fixtures, SessionService sessions, FacilitationService facilitation,
            AttendanceService answers) {
        this.fixtures = fixtures;
        this.sessions = sessions;
        this.facilitation = facilitation;
        this.answers = answers;
    }

    AnsweringTeam create(String name) {
        long team = fixtures.team(name);
        return new AnsweringTeam(team, fixtures.manager(team), fixtures.member(team), fixtures.member(team),
                fixtures.member(team), fixtures.member(team));
    }

    /** A lunch & learn at {@code start}, accepted by the lead and answered yes and maybe. */
    long answeredSession(AnsweringTeam team, ZonedDateTime start) {
        var session = sessions.schedule(team.manager(), team.id(), SessionEdit.of(SessionFormat.LUNCH_AND_LEARN,
                "Lunch & learn: " + start.toLocalDate(), start, team.lead().personId()));
        facilitation.accept(team.lead(), session.id());
        answers.answer(team.yes(), session.id(), Rsvp.YES);
        answers.answer(team.maybe(), session.id(), Rsvp.MAYBE);
        return session.id();
    }
}
