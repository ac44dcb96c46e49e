package org.peerplanner.domain.help;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * One request as its page shows it. {@code detailsHtml} and each entry's {@code html} are rendered from Markdown and
 * sanitised. {@code routing} (who was asked and why) is for the asker only; empty for everyone else.
 */
public record HelpPage(long id, long version, long teamId, String title, HelpKind kind, HelpUrgency urgency,
                       HelpStatus status, String details, String detailsHtml, List<String> tags, String askerName,
                       boolean wholeOrganisation, boolean confidential, boolean roundtableConsent, Instant createdAt,
                       List<ThreadEntry> thread, List<RoutingLine> routing, Long articleId, Long gapId,
                       Long answeredByArticleId, Permissions viewerMay) {

    /** A reply; with {@code pairStart}, an offer to pair (and {@code sessionId} once the asker accepted). */
    public record ThreadEntry(long id, Long parentId, long authorId, String authorName, String html, Instant createdAt,
                              ZonedDateTime pairStart, Integer pairMinutes, Long sessionId, boolean helped,
                              boolean viewerMayMarkHelped, boolean viewerMayAcceptPair) {
    }

    public record RoutingLine(String name, int round, String reason, Instant notifiedAt) {
    }

    public record Permissions(boolean answer, boolean offerToPair, boolean close, boolean turnIntoArticle,
                              boolean logAsGap) {
    }
}
