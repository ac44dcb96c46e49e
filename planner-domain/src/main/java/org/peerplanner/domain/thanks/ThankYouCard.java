package org.peerplanner.domain.thanks;

import java.time.Instant;

/**
 * One thank-you as a profile or the wall shows it.
 *
 * @param link the app route of what it was for, or null (help in the giver's words)
 */
public record ThankYouCard(long id, String giverName, String receiverName, ThanksFor what, String about, String link,
                           String reason, Instant givenAt) {

    /** "for the session Kafka rebalancing", "for their help: ..." */
    public String forText() {
        return what.hasSubject() ? "for " + what.label().replaceFirst("^an? ", "the ") + " " + about
                : "for their help with " + about;
    }
}
