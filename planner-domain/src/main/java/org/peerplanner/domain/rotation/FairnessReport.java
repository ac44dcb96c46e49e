package org.peerplanner.domain.rotation;

import java.time.LocalDate;
import java.util.List;

/** Who shared how much in {@code [from, to]}; rows sorted by name. */
public record FairnessReport(LocalDate from, LocalDate to, double meanFacilitations, double meanCoFacilitations,
                             double meanPairings, List<FairnessRow> rows) {

    public FairnessReport {
        rows = List.copyOf(rows);
    }
}
