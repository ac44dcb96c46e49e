package org.peerplanner.integrations.spreadsheet;

import java.time.LocalDate;
import java.util.List;

/**
 * One knowledge gap as it appears in an export. Kept plain (no domain types) so the gap feature can map to it.
 * Text fields may be null (written as empty cells); lists may be null or empty.
 */
public record GapSheetRow(long id, String title, String description, String status, String source,
                          String reference, String urgency, int votes, int priority, List<String> tags,
                          String reportedBy, LocalDate reportedOn, List<String> offeredBy, boolean confidential) {

    public GapSheetRow {
        tags = tags == null ? List.of() : List.copyOf(tags);
        offeredBy = offeredBy == null ? List.of() : List.copyOf(offeredBy);
    }
}
