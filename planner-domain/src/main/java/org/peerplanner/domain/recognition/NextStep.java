package org.peerplanner.domain.recognition;

/**
 * One concrete suggestion for what to do next. {@code sessionId} is set for {@link Kind#CO_FACILITATE} (the session
 * to offer for), {@code gapId} for {@link Kind#LEAD_DEEP_DIVE} (the gap to lead on).
 */
public record NextStep(Kind kind, String headline, String text, Long sessionId, Long gapId) {

    public enum Kind {
        /** Offer to co-facilitate an upcoming session with an experienced facilitator (a button does it). */
        CO_FACILITATE,
        /** A newcomer with nothing suitable planned yet: look at the sessions when the next ones are planned. */
        WATCH_FOR_CO_FACILITATION,
        /** Co-led, never led: volunteer to lead a session. */
        LEAD_FIRST_SESSION,
        /** Led lunch & learns: lead a deep dive on an open gap matching one's skills. */
        LEAD_DEEP_DIVE,
        /** A strong facilitator who does not mentor yet: offer mentoring. */
        MENTOR,
        /** Nothing more specific: write down what the last session taught. */
        WRITE_IT_DOWN
    }
}
