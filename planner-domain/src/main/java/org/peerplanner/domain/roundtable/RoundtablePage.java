package org.peerplanner.domain.roundtable;

import java.util.List;

/**
 * The roundtable part of a session page, for one viewer.
 *
 * @param notesWithheld   the viewer does not attend: only the slot they are asked to fill (if any) is shown
 * @param presenters      agreed presenters, and slots still waiting for consent to those who may act on them
 * @param candidates      problems other features offer as topics (open "specific help" requests), for proposers
 * @param viewerMayBring  a member who may still bring a problem of their own
 * @param viewerMayPropose a lead or manager who attends and may propose someone's problem (with their consent)
 * @param viewerMayWrapUp the roundtable has started and the viewer leads it or manages the team and attends
 */
public record RoundtablePage(long sessionId, long sessionVersion, String title, boolean notesWithheld,
                             List<String> prompts, List<PresenterSlot> presenters, List<TopicCandidate> candidates,
                             boolean viewerMayBring, boolean viewerMayPropose, boolean viewerMayWrapUp) {

    public List<PresenterSlot> agreedPresenters() {
        return presenters.stream().filter(PresenterSlot::agreed).toList();
    }
}
