package org.peerplanner.integrations.spreadsheet;

import java.time.LocalDate;

/**
 * A cell as the file holds it: its text, and its date when the workbook stores a real date.
 * {@code text} is never null; for a date cell it is the ISO date.
 */
record RawCell(String text, LocalDate date) {

    static RawCell text(String text) {
        return new RawCell(text == null ? "" : text, null);
    }

    static RawCell date(LocalDate date) {
        return new RawCell(date.toString(), date);
    }

    static String textOf(RawCell cell) {
        return cell == null ? "" : cell.text().strip();
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
