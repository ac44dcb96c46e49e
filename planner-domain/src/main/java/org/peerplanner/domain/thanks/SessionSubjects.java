package org.peerplanner.domain.thanks;

import java.util.Optional;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionLookup;
import org.peerplanner.domain.session.SessionStatus;
import org.springframework.stereotype.Component;

/** Sessions and pairings are thanked for once they were held: thanks are for what happened. */
@Component
class SessionSubjects implements ThanksSubjects {

    private final SessionLookup sessions;

    SessionSubjects(SessionLookup sessions) {
        this.sessions = sessions;
    }

    @Override
    public Set<ThanksFor> kinds() {
        return Set.of(ThanksFor.SESSION, ThanksFor.PAIRING);
    }

    @Override
    public Optional<Subject> find(Actor actor, ThanksFor what, long subjectId) {
        return sessions.session(subjectId)
                .filter(s -> s.getStatus() == SessionStatus.HELD)
                .filter(s -> (what == ThanksFor.PAIRING) == (s.getFormat() == SessionFormat.PAIRING))
                .map(s -> new Subject(s.getTeamId(), s.getTitle(), "sessions/" + s.getId()));
    }
}
