package org.peerplanner.integrations.spreadsheet;

import java.util.List;

/** Receives the rows of a file in order; a file format reader pushes, the sheet builder decides. */
interface RowSink {

    /**
     * @param rowNumber the row number a spreadsheet program shows for this row
     * @param cells     the cells by column index; missing cells may be {@code null}
     */
    void row(int rowNumber, List<RawCell> cells);

    /** The reader's guess of the number of rows still to come after the header, or -1 when unknown. */
    void estimatedRows(int estimate);

    /** Something the reader noticed about the whole file (an encoding, ignored sheets) that the person should read. */
    void note(String note);
}
