package org.peerplanner.domain.gap;

import java.time.LocalDate;

/** A gap's own columns for an export row, read as plain values so an export holds no entities. */
public record GapExportData(long id, String title, String description, GapStatus status, GapSource source,
                            String sourceReference, Urgency urgency, int importedVotes, long voterCount,
                            LocalDate reportedOn, long reporterId, boolean confidential, boolean merged) {

    public int votes() {
        return (int) voterCount + importedVotes;
    }
}
