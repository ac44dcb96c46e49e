package org.peerplanner.domain.gap;

public enum GapImportAction {
    /** A new gap. */
    IMPORT,
    /** The row's votes go to an existing open gap; no new gap. */
    MERGE_INTO,
    /** Nothing happens with the row. */
    SKIP
}
