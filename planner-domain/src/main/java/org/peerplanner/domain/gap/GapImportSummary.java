package org.peerplanner.domain.gap;

import java.util.List;

/** What an import did, in total and row by row. */
public record GapImportSummary(int imported, int merged, int skipped, List<RowOutcome> rows) {

    /** {@code gapId}: the new gap, or the gap the row was merged into; null when skipped. */
    public record RowOutcome(int rowNumber, GapImportAction action, Long gapId, String reason) {
    }
}
