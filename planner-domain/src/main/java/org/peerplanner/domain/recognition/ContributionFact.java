package org.peerplanner.domain.recognition;

import java.time.LocalDate;
import java.util.Set;
import org.peerplanner.domain.format.SessionFormat;

/**
 * One contribution to write down. {@code occurrence} tells apart several of one kind on one source (an article's
 * revision number), else 0; {@code format} is a session's; {@code teamId} is null for what belongs to no team (mentoring); {@code helped} are the
 * people it helped (attendees, pairing partners, a mentee).
 */
public record ContributionFact(long personId, Long teamId, ContributionKind kind, LocalDate on, Source source,
                               int occurrence, String topic, SessionFormat format, Set<Long> helped) {

    public ContributionFact {
        helped = helped == null ? Set.of() : Set.copyOf(helped);
        topic = topic == null || topic.isBlank() ? null
                : topic.strip().length() > 200 ? topic.strip().substring(0, 200) : topic.strip();
    }

    public static ContributionFact of(long personId, Long teamId, ContributionKind kind, LocalDate on, Source source) {
        return new ContributionFact(personId, teamId, kind, on, source, 0, null, null, Set.of());
    }
}
