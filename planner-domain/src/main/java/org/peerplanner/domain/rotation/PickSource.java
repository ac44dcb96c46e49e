package org.peerplanner.domain.rotation;

/** Who made a pick: the engine's proposal, a manager, or a member who took the slot in a swap. */
public enum PickSource {
    ENGINE,
    MANAGER,
    SWAP
}
