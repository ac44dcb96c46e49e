package org.peerplanner.domain.planning;

/** One pairing wish of a team, with the names people know, as the rota lists it. */
public record PairingWish(long firstId, String firstName, long secondId, String secondName, PairPreference.Kind kind) {

    public String describe() {
        return (kind == PairPreference.Kind.PINNED ? "Always pair " : "Never pair ") + firstName + " and " + secondName;
    }
}
