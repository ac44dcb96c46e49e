package org.peerplanner.domain.rotation;

import java.util.Set;
import org.peerplanner.domain.format.SessionFormat;

/**
 * An open (or planned) knowledge gap that could become a session's topic.
 *
 * @param priority the board's score ({@link org.peerplanner.domain.gap.GapPriority}), higher first
 * @param preferredFormats formats that suit it; empty = every format fits
 * @param skillTags matched case-insensitively against members' skill names
 * @param confidential its title is kept out of the reasons the engine writes
 */
public record OpenGap(long gapId, String title, int priority, Set<SessionFormat> preferredFormats,
                      Set<String> skillTags, boolean confidential) {

    public OpenGap {
        preferredFormats = preferredFormats == null ? Set.of() : Set.copyOf(preferredFormats);
        skillTags = skillTags == null ? Set.of() : Set.copyOf(skillTags);
    }

    public boolean fits(SessionFormat format) {
        return preferredFormats.isEmpty() || preferredFormats.contains(format);
    }
}
