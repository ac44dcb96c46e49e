package org.peerplanner.domain.thanks;

import java.util.Optional;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionLookup;
import org.peerplanner.domain.session.SessionStatus;
import org.springframework.stereotype.Component;

/**
 * Sessions and pairings are thanked for once they were held: thanks are for what happened. A confidential format
 * (a peer roundtable) is named by its format only.
 */
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
                // a thank-you travels beyond the room (the receiver's profile, the wall, a mail): a roundtable's topic
                // stays with its attendees
                .map(s -> new Subject(s.getTeamId(), s.getFormat().titleBeyondAttendees(s.getTitle()),
                        "sessions/" + s.getId()));
    }
}
