package org.peerplanner.integrations.spreadsheet;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The columns of a gap export, in order, shared by the xlsx and csv writers so both say the same. */
enum GapColumn {
    ID("ID", Kind.NUMBER, 10, GapSheetRow::id),
    TITLE("Title", Kind.TEXT, 60, GapSheetRow::title),
    DESCRIPTION("Description", Kind.WRAPPED_TEXT, 80, GapSheetRow::description),
    STATUS("Status", Kind.TEXT, 20, GapSheetRow::status),
    SOURCE("Source", Kind.TEXT, 24, GapSheetRow::source),
    REFERENCE("Reference", Kind.TEXT, 40, GapSheetRow::reference),
    URGENCY("Urgency", Kind.TEXT, 16, GapSheetRow::urgency),
    VOTES("Votes", Kind.NUMBER, 10, GapSheetRow::votes),
    PRIORITY("Priority", Kind.NUMBER, 10, GapSheetRow::priority),
    TAGS("Tags", Kind.TEXT, 40, row -> joined(row.tags())),
    REPORTED_BY("Reported by", Kind.TEXT, 30, GapSheetRow::reportedBy),
    REPORTED_ON("Reported on", Kind.DATE, 12, GapSheetRow::reportedOn),
    OFFERED_BY("Offered by", Kind.TEXT, 40, row -> joined(row.offeredBy())),
    CONFIDENTIAL("Confidential", Kind.TEXT, 14, row -> row.confidential() ? "Yes" : "No");

    enum Kind { TEXT, WRAPPED_TEXT, NUMBER, DATE }

    final String header;
    final Kind kind;
    /** Widest the column gets, in characters; longer text wraps or is cut off visually, never in the data. */
    final int maxWidth;
    private final Function<GapSheetRow, Object> value;

    GapColumn(String header, Kind kind, int maxWidth, Function<GapSheetRow, Object> value) {
        this.header = header;
        this.kind = kind;
        this.maxWidth = maxWidth;
        this.value = value;
    }

    /** A Number, LocalDate or String (as written, for a string cell) for this row, or null for an empty cell. */
    Object valueOf(GapSheetRow row) {
        Object v = value.apply(row);
        if (v instanceof String text) {
            return text.isEmpty() ? null : text;
        }
        return v;
    }

    /** The CSV field: text that a spreadsheet would run as a formula is neutralised (see {@link CellText}). */
    String csvText(GapSheetRow row) {
        Object v = valueOf(row);
        if (v == null) {
            return "";
        }
        return v instanceof LocalDate date ? date.toString() : v instanceof String text ? CellText.neutralise(text) : v.toString();
    }

    private static String joined(List<String> values) {
        return String.join(", ", values);
    }
}
