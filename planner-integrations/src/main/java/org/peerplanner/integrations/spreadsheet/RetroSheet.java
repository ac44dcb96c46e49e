package org.peerplanner.integrations.spreadsheet;

import java.util.List;

/**
 * The items of a retrospective export in file order, and notes about the file as a whole
 * (ignored columns or sheets, how dates or the text encoding were understood).
 */
public record RetroSheet(List<RetroRow> rows, List<String> notes) {

    public RetroSheet {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}
