package org.peerplanner.domain.session;

import java.util.List;

/**
 * What waits for the person's answer, soonest first.
 *
 * @param toLead sessions they are proposed to lead and have neither accepted nor declined
 * @param swaps  sessions a teammate asked someone to take over that they could take (they are not away that day)
 * @param rsvps  confirmed sessions they are invited to and have not answered
 */
public record WaitingForAnswer(List<MySession> toLead, List<SwapOffer> swaps, List<MySession> rsvps) {

    public WaitingForAnswer {
        toLead = List.copyOf(toLead);
        swaps = List.copyOf(swaps);
        rsvps = List.copyOf(rsvps);
    }

    public record SwapOffer(MySession session, String askedBy, String reason) {
    }

    public boolean isEmpty() {
        return toLead.isEmpty() && swaps.isEmpty() && rsvps.isEmpty();
    }
}
