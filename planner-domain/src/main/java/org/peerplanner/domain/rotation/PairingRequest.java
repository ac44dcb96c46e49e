package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who pairs on {@code date}.
 *
 * @param history when each pair last paired; pairs not listed never paired
 * @param doNotPair couples who must never be put together
 * @param pinned fixed pairs (mentor/mentee), placed first when both are present
 */
public record PairingRequest(LocalDate date, List<PairingPerson> people, List<PairHistory> history,
                             Set<PersonPair> doNotPair, List<PersonPair> pinned) {

    public PairingRequest {
        Objects.requireNonNull(date, "date");
        people = people == null ? List.of() : List.copyOf(people);
        history = history == null ? List.of() : List.copyOf(history);
        doNotPair = doNotPair == null ? Set.of() : Set.copyOf(doNotPair);
        pinned = pinned == null ? List.of() : List.copyOf(pinned);
    }
}
