package org.peerplanner.domain.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.session.Material;

/**
 * One article as its page shows it: the Markdown {@code body} for the editor and {@code html}, the
 * same body rendered and sanitized. {@code gaps} holds only gaps the viewer may see.
 */
public record ArticleDetails(long id, long version, long teamId, String teamName, String title, String body, String html,
                             List<String> tags, LocalDate reviewBy, boolean stale, String authorName, Instant createdAt,
                             Instant updatedAt, int revision, List<SessionLink> sessions, List<GapLink> gaps,
                             List<Material> materials, Permissions viewerMay) {

    public record SessionLink(long id, String title, String status) {
    }

    /** {@code closable}: the viewer may close this gap now with the article as evidence. */
    public record GapLink(long id, String title, GapStatus status, boolean closable) {
    }

    public record Permissions(boolean edit, boolean closeGaps) {
    }
}
