package org.peerplanner.domain.feedback;

/**
 * A session's feedback as one person sees it.
 *
 * @param viewerMayAnswer   the viewer came, does not lead it, has not answered, and neither they nor the team
 *                          turned feedback off
 * @param notAskedBecause   why the viewer has no form (already answered, opted out, ...); null when they may answer
 * @param summary           the aggregate for the facilitator and managers; null for everyone else
 */
public record FeedbackPage(long sessionId, String sessionTitle, boolean viewerMayAnswer, String notAskedBecause,
                           FeedbackSummary summary) {
}
