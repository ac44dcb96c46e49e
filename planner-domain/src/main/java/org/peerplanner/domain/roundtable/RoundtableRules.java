package org.peerplanner.domain.roundtable;

import java.util.List;
import org.peerplanner.domain.common.InvalidInputException;

/**
 * The rules of a peer roundtable, plain Java: one to three presenters, each with a problem in one line, and the
 * prompts that keep the others asking and sharing instead of advising. (Its length, 45 to 90 minutes, is the
 * format's own: {@code SessionFormat.ROUNDTABLE}.)
 */
public final class RoundtableRules {

    public static final int MIN_PRESENTERS = 1;
    public static final int MAX_PRESENTERS = 3;
    public static final int PROBLEM_MAX = 200;
    public static final int COMMITMENT_MAX = 500;

    /** Short enough to read aloud at the start; the facilitator points back to them when advice creeps in. */
    public static final List<String> PROMPTS = List.of(
            "Ask open questions first: \u201cWhat have you tried so far?\u201d \u201cWhat would a good outcome look like?\u201d",
            "Probe, don't prescribe: \u201cWhat makes this hard for you?\u201d \u201cWhat have you not tried yet, and why?\u201d",
            "Share experience, not advice: \u201cWhen we\u2026, we found\u2026\u201d instead of \u201cYou should\u2026\u201d",
            "The presenter listens first, then says what they will try before the next roundtable.",
            "What is said here stays here: notes and takeaways are only for the people in the room.");

    private RoundtableRules() {
    }

    /** The problem as kept: one line, stripped; refused when empty, longer than a line or over the limit. */
    public static String problem(String text) {
        String line = text == null ? "" : text.strip();
        if (line.isEmpty()) {
            throw InvalidInputException.of("problem", "Say in one line what the problem is.");
        }
        if (line.contains("\n") || line.contains("\r")) {
            throw InvalidInputException.of("problem", "Keep the problem to one line; the details come out in the questions.");
        }
        if (line.length() > PROBLEM_MAX) {
            throw InvalidInputException.of("problem", "A problem has at most " + PROBLEM_MAX + " characters.");
        }
        return line;
    }

    /** A roundtable that already has {@code slots} presenter slots (agreed or asked) takes one more, up to three. */
    public static void roomForAnother(int slots) {
        if (slots >= MAX_PRESENTERS) {
            throw InvalidInputException.of("presenters", "A roundtable has at most " + MAX_PRESENTERS
                    + " presenters, so that each problem gets real time.");
        }
    }

    /** Held with one to three presenters who agreed to bring their problem. */
    public static void readyToHold(long agreedPresenters) {
        if (agreedPresenters < MIN_PRESENTERS) {
            throw InvalidInputException.of("presenters", "A roundtable needs at least one presenter who agreed to "
                    + "bring a problem before it can be held.");
        }
        if (agreedPresenters > MAX_PRESENTERS) {
            throw InvalidInputException.of("presenters", "A roundtable has at most " + MAX_PRESENTERS + " presenters.");
        }
    }

    /** What is wrong with a presenter's commitment at the wrap-up, or null when it can be kept. */
    public static String commitmentProblem(String text) {
        String kept = text == null ? "" : text.strip();
        if (kept.isEmpty()) {
            return "Each presenter says what they will do before the next roundtable.";
        }
        return kept.length() > COMMITMENT_MAX ? "A commitment has at most " + COMMITMENT_MAX + " characters." : null;
    }
}
