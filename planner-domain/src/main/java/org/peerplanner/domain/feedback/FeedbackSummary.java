package org.peerplanner.domain.feedback;

import java.util.List;

/**
 * What the facilitator and the team's managers see of a session's feedback: the count, and, once there are at
 * least {@link FeedbackService#MIN_ANSWERS} answers, the average, how many gave each score and the lines in
 * alphabetical order (not the order they came in, which could point at a person). No names anywhere.
 *
 * @param answers     how many answered
 * @param shown       whether the figures and lines are shown (enough answers that none points at one person)
 * @param average     mean usefulness, 1 to 5; 0 when not shown
 * @param byScore     how many chose 1, 2, 3, 4 and 5 (index 0 is the score 1); empty when not shown
 * @param lines       "what will you use?" answers that are not empty; empty when not shown
 */
public record FeedbackSummary(int answers, boolean shown, double average, List<Integer> byScore, List<String> lines) {

    public FeedbackSummary {
        byScore = List.copyOf(byScore);
        lines = List.copyOf(lines);
    }
}
