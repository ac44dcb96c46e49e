package org.peerplanner.domain.rotation;

import java.util.List;
import org.peerplanner.domain.format.SessionFormat;

/**
 * The team's repeating sequence of formats, e.g. [LUNCH_AND_LEARN, LUNCH_AND_LEARN, DEEP_DIVE, PAIRING],
 * and how many slots the team already held or planned with it: the plan continues the sequence there.
 */
public record FormatMix(List<SessionFormat> sequence, int slotsAlreadyHeld) {

    public FormatMix {
        if (sequence == null || sequence.isEmpty()) {
            throw new IllegalArgumentException("A format mix needs at least one format.");
        }
        sequence = List.copyOf(sequence);
        if (slotsAlreadyHeld < 0) {
            throw new IllegalArgumentException("slotsAlreadyHeld must not be negative: " + slotsAlreadyHeld);
        }
    }

    public static FormatMix of(SessionFormat... sequence) {
        return new FormatMix(List.of(sequence), 0);
    }

    public FormatMix continuingAfter(int slotsHeld) {
        return new FormatMix(sequence, slotsHeld);
    }

    /** The format of the {@code index}-th slot of the plan (0 = the first planned slot). */
    public SessionFormat formatOfPlannedSlot(int index) {
        return sequence.get(Math.floorMod(slotsAlreadyHeld + index, sequence.size()));
    }
}
