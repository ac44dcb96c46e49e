package org.peerplanner.domain.roundtable;

import java.util.List;
import org.peerplanner.domain.access.Actor;

/**
 * A feature that has problems worth bringing to a team's roundtable (open "specific help" requests, for one). The
 * roundtable page lists the candidates to whoever may propose topics; proposing one asks its person for consent.
 * Implementations live in the source feature, which may depend on this one, never the other way round.
 */
public interface RoundtableTopicSource {

    /** Candidates the viewer may see for the team's roundtables, at most a handful, best first. */
    List<TopicCandidate> candidates(Actor viewer, long teamId);
}
