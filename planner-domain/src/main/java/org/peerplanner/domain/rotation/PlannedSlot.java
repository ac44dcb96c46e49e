package org.peerplanner.domain.rotation;

import java.util.List;
import java.util.Optional;
import org.peerplanner.domain.format.SessionFormat;

/**
 * One proposed session.
 *
 * @param facilitator the pick (the engine's, or an override's); empty when nobody is available
 * @param facilitatorNotes why nobody was available, or why the proposal was set aside
 *                         ("fixed by a manager; the proposal was Jonas")
 * @param proposedFacilitatorId the engine's own pick before any override (equals the pick's id when
 *                              there is no override); empty when nobody is available
 * @param nextCandidates who to ask next if the facilitator declines, in order
 * @param excluded members who cannot facilitate this slot, with the reason
 * @param topic the gap it covers; empty when no open gap fits
 * @param topicNotes why higher-priority gaps were skipped, or "no open gap fits"
 */
public record PlannedSlot(ScheduledSlot slot, SessionFormat format, Optional<FacilitatorPick> facilitator,
                          List<String> facilitatorNotes, Optional<Long> proposedFacilitatorId,
                          List<RankedCandidate> nextCandidates, List<Exclusion> excluded,
                          Optional<TopicPick> topic, List<String> topicNotes) {

    public PlannedSlot {
        facilitatorNotes = List.copyOf(facilitatorNotes);
        nextCandidates = List.copyOf(nextCandidates);
        excluded = List.copyOf(excluded);
        topicNotes = List.copyOf(topicNotes);
    }

    public Optional<Long> facilitatorId() {
        return facilitator.map(FacilitatorPick::personId);
    }

    public Optional<Long> gapId() {
        return topic.map(TopicPick::gapId);
    }
}
