package org.peerplanner.domain.roundtable;

/**
 * One presenter as the roundtable page shows it.
 *
 * @param agreed           the presenter agreed to bring it (a slot proposed by someone else waits for that)
 * @param origin           where a proposed topic came from, e.g. "Help request: …"; null when brought directly
 * @param viewerMayAgree   the viewer is the one asked and has not agreed yet
 * @param viewerMayWithdraw the viewer brings it, proposed it, leads the roundtable or manages the team (while upcoming)
 */
public record PresenterSlot(long id, long personId, String name, String problem, boolean agreed, String origin,
                            boolean viewerMayAgree, boolean viewerMayWithdraw) {
}
