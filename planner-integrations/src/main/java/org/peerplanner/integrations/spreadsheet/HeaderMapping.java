package org.peerplanner.integrations.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which cell of a row holds which {@link RetroColumn}, decided once from the header row. */
final class HeaderMapping {

    private final Map<RetroColumn, Integer> indexes;
    private final List<String> notes;

    private HeaderMapping(Map<RetroColumn, Integer> indexes, List<String> notes) {
        this.indexes = indexes;
        this.notes = notes;
    }

    /** @throws SpreadsheetRefusedException when no header names a title column */
    static HeaderMapping of(List<RawCell> header, String fileName) {
        Map<RetroColumn, Integer> indexes = new EnumMap<>(RetroColumn.class);
        Map<RetroColumn, String> headerTexts = new EnumMap<>(RetroColumn.class);
        List<String> found = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String text = RawCell.textOf(header.get(i));
            if (text.isEmpty()) {
                continue;
            }
            found.add(text);
            Optional<RetroColumn> column = RetroColumn.forHeader(text);
            if (column.isEmpty()) {
                ignored.add(text);
            } else if (indexes.containsKey(column.get())) {
                notes.add("Column \"" + text + "\" was ignored because column \"" + headerTexts.get(column.get())
                        + "\" already gives the " + column.get().name().toLowerCase() + ".");
            } else {
                indexes.put(column.get(), i);
                headerTexts.put(column.get(), text);
            }
        }
        if (!indexes.containsKey(RetroColumn.TITLE)) {
            throw Refusals.noTitleColumn(fileName, found);
        }
        if (!ignored.isEmpty()) {
            notes.add(0, "These columns were ignored because they do not belong to a gap: "
                    + String.join(", ", ignored.stream().map(h -> "\"" + h + "\"").toList()) + ".");
        }
        return new HeaderMapping(indexes, List.copyOf(notes));
    }

    RawCell cell(List<RawCell> row, RetroColumn column) {
        Integer index = indexes.get(column);
        return index == null || index >= row.size() ? null : row.get(index);
    }

    List<String> notes() {
        return notes;
    }
}
