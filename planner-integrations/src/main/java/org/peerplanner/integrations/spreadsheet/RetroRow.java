package org.peerplanner.integrations.spreadsheet;

import java.time.LocalDate;
import java.util.List;

/**
 * One item of a retrospective export, as read from the file, with what is wrong with it.
 *
 * @param rowNumber   the row number the spreadsheet program shows (the header row is normally row 1)
 * @param title       trimmed title, or {@code null} when the cell is empty
 * @param votesText   the votes cell as written; {@code votes} is its whole-number value, or {@code null}
 *                    when the cell is empty or not a whole number of 0 or more
 * @param dateText    the date cell as written (real date cells as yyyy-MM-dd); {@code date} is its value, or
 *                    {@code null} when empty or not understood
 * @param messages    what stops this row from becoming a gap as it is; empty when the row is fine
 */
public record RetroRow(int rowNumber, String title, String description, String votesText, Integer votes,
                       String source, String dateText, LocalDate date, String owner, List<String> messages) {

    public RetroRow {
        messages = List.copyOf(messages);
    }

    public boolean isValid() {
        return messages.isEmpty();
    }
}
