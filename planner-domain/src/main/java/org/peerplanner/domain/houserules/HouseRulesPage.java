package org.peerplanner.domain.houserules;

import java.time.Instant;

/**
 * A team's house rules as a page shows them: the Markdown (for the editor) and the same rendered and sanitised.
 *
 * @param revision 0 while the page is still the template of questions
 * @param latest   whether this is the current revision (an older one is read-only)
 */
public record HouseRulesPage(long teamId, String teamName, int revision, String markdown, String html,
                             String writtenBy, Instant writtenAt, boolean latest, boolean viewerMayEdit) {

    public boolean template() {
        return revision == 0;
    }
}
