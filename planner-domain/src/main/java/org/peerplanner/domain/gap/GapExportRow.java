package org.peerplanner.domain.gap;

import java.time.LocalDate;
import java.util.List;

/**
 * One gap as a spreadsheet row. Status, source and urgency are the labels people read
 * ("Post-mortem", "High"); {@code votes} includes imported votes.
 */
public record GapExportRow(long id, String title, String description, String status, String source, String reference,
                           String urgency, int votes, int priority, List<String> tags, String reportedBy,
                           LocalDate reportedOn, List<String> offeredBy, boolean confidential) {
}
