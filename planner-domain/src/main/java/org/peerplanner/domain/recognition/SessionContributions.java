package org.peerplanner.domain.recognition;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.LearningSession;
import org.peerplanner.domain.session.SessionHeld;
import org.peerplanner.domain.session.SessionLookup;
import org.peerplanner.domain.session.SessionSetBack;
import org.peerplanner.domain.session.SessionStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A held session writes: "led" for its facilitator, "co-led" for its co-facilitator, and, in a pairing session,
 * "paired" for everyone who came. Who came is the attendance ticked at wrap-up (until someone ticks otherwise:
 * those who said yes, and those who lead), so the people helped are the people who were there, not those who only
 * said they would be. Setting it back removes them all. A later change of attendance on a session already held
 * does not rewrite its entries.
 */
@Component
class SessionContributions {

    private final SessionLookup sessions;
    private final ContributionLedger ledger;

    SessionContributions(SessionLookup sessions, ContributionLedger ledger) {
        this.sessions = sessions;
        this.ledger = ledger;
    }

    @EventListener
    void held(SessionHeld event) {
        sessions.session(event.sessionId()).ifPresent(this::record);
    }

    @EventListener
    void setBack(SessionSetBack event) {
        ledger.reverse(Source.SESSION, event.sessionId());
    }

    /** @return entries written */
    int record(LearningSession s) {
        if (s.getStatus() != SessionStatus.HELD) {
            return 0;
        }
        var source = new Source(Source.SESSION, s.getId(), s.getTitle());
        var on = s.getStart().toLocalDate();
        String topic = topic(s);
        Set<Long> leads = new LinkedHashSet<>();
        s.getFacilitatorId().ifPresent(leads::add);
        s.getCoFacilitatorId().ifPresent(leads::add);
        Set<Long> came = new LinkedHashSet<>();
        s.getAttendedIds().stream().filter(p -> !leads.contains(p)).forEach(came::add);
        int written = 0;
        if (s.getFacilitatorId().isPresent()) {
            written += write(s, s.getFacilitatorId().get(), ContributionKinds.SESSION_LED, on, source, topic, came);
        }
        if (s.getCoFacilitatorId().isPresent()) {
            written += write(s, s.getCoFacilitatorId().get(), ContributionKinds.SESSION_CO_LED, on, source, topic, came);
        }
        if (s.getFormat() == SessionFormat.PAIRING) {
            for (long person : came) {
                Set<Long> partners = new HashSet<>(came);
                partners.addAll(leads);
                partners.remove(person);
                written += write(s, person, ContributionKinds.PAIRED, on, source, topic, partners);
            }
        }
        return written;
    }

    private int write(LearningSession s, long person, ContributionKind kind, java.time.LocalDate on, Source source,
                      String topic, Set<Long> helped) {
        return ledger.record(new ContributionFact(person, s.getTeamId(), kind, on, source, 0,
                topic, s.getFormat(), helped)) ? 1 : 0;
    }

    /**
     * What the session was about, for "led three different topics": the first gap it addressed (two sessions on one
     * gap are one topic), else its title as written, in lower case.
     */
    static String topic(LearningSession s) {
        return s.getGapIds().stream().min(Long::compare).map(g -> "gap " + g)
                .orElse(s.getTitle().strip().toLowerCase(java.util.Locale.ROOT));
    }
}
