package org.peerplanner.integrations.spreadsheet;

import java.util.List;
import org.peerplanner.domain.outcomes.baseline.BaselineRow;

/** The months read from a baseline file, each with what reading it found wrong, and notes on the whole file. */
public record BaselineSheet(List<BaselineRow> rows, List<String> notes) {

    public BaselineSheet {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}
