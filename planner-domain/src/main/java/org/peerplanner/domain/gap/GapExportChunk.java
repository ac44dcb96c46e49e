package org.peerplanner.domain.gap;

import java.util.List;

/**
 * One chunk of a gap export: the rows to write (possibly none, when every gap read was a merged duplicate), the
 * highest gap id read (where the next chunk starts) and whether this was the last chunk.
 */
public record GapExportChunk(List<GapExportRow> rows, long lastId, boolean last) {

    public GapExportChunk {
        rows = List.copyOf(rows);
    }
}
