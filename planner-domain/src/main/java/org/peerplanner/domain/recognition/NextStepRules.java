package org.peerplanner.domain.recognition;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Chooses one next step from where a person stands; plain Java, no Spring. In order:
 * <ol>
 *   <li>a newcomer in the rotation's grace period, or anyone who never led: co-facilitate with an experienced
 *       facilitator (someone who co-led already and is past the grace period is asked to lead instead);</li>
 *   <li>a strong facilitator ({@value #STRONG_LED} sessions led, or {@value #STRONG_TOPICS} topics) who does not offer
 *       mentoring: mentor someone;</li>
 *   <li>someone who led lunch &amp; learns but no deep dive, or anyone who led, with an open gap matching their skills:
 *       lead a deep dive on it;</li>
 *   <li>otherwise: write down what their last session taught.</li>
 * </ol>
 */
public final class NextStepRules {

    static final int STRONG_LED = 5;
    static final int STRONG_TOPICS = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private NextStepRules() {
    }

    public static NextStep choose(Standing s) {
        if (s.inGracePeriod() || s.led() == 0) {
            if (s.coFacilitation().isPresent()) {
                var c = s.coFacilitation().get();
                return new NextStep(NextStep.Kind.CO_FACILITATE, "Co-facilitate “" + c.title() + "”",
                        c.facilitatorName() + " leads it on " + DAY.format(c.start()) + " and has led " + c.facilitatorLed()
                                + " sessions. Leading alongside them is the gentlest way to start: you choose your part.",
                        c.sessionId(), null);
            }
            if (!s.inGracePeriod() && s.coLed() > 0) {
                return leadFirst();
            }
            return new NextStep(NextStep.Kind.WATCH_FOR_CO_FACILITATION, "Co-facilitate a coming session",
                    "No session with an experienced facilitator has a free co-facilitator place yet. When the next ones "
                            + "are planned, offer to lead one alongside its facilitator.", null, null);
        }
        boolean strong = s.led() >= STRONG_LED || s.topicsLed() >= STRONG_TOPICS;
        if (strong && !s.offersMentoring()) {
            return new NextStep(NextStep.Kind.MENTOR, "Mentor someone",
                    "You have led " + s.led() + " sessions on " + s.topicsLed() + " topics. Offering to mentor passes "
                            + "that on to one person at a time, on a rhythm you agree.", null, null);
        }
        if (s.gapForSkill().isPresent() && (s.ledLunchAndLearn() && !s.ledDeepDive() || s.led() > 0)) {
            var g = s.gapForSkill().get();
            return new NextStep(NextStep.Kind.LEAD_DEEP_DIVE, "Lead a deep dive on “" + g.title() + "”",
                    "The team named this gap and you know " + g.skill() + ". A deep dive gives it the time a lunch & "
                            + "learn cannot: offer to lead it on the gap's page.", null, g.gapId());
        }
        if (s.coLed() > 0 && s.led() == 0) {
            return leadFirst();
        }
        return new NextStep(NextStep.Kind.WRITE_IT_DOWN, "Write down what your last session taught",
                "An article keeps what the team learned for those who were not there, and for the next newcomer.",
                null, null);
    }

    private static NextStep leadFirst() {
        return new NextStep(NextStep.Kind.LEAD_FIRST_SESSION, "Lead your first session",
                "You have co-led already. Volunteer for an open slot on the sessions page, on a topic you like.",
                null, null);
    }
}
