package org.peerplanner.integrations.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapExportChunk;
import org.peerplanner.domain.gap.GapExportRow;
import org.peerplanner.domain.gap.GapExportService;
import org.springframework.stereotype.Component;

/**
 * A team's knowledge gaps as .xlsx or .csv, for what the viewer may see. Rows are read from the domain one chunk at
 * a time on a second thread ({@link ReadAhead}) while the writer streams the chunk before, so the database and the
 * file writer work at the same time, and a 100,000-gap export holds no more than three chunks of rows.
 */
@Component
public class GapSheetExport {

    /** Chunks read and waiting for the writer: one is enough to keep both busy. */
    static final int CHUNKS_AHEAD = 1;

    private final GapExportService gaps;
    private final GapSpreadsheetWriter writer;

    GapSheetExport(GapExportService gaps, GapSpreadsheetWriter writer) {
        this.gaps = gaps;
        this.writer = writer;
    }

    public long writeXlsx(Actor actor, long teamId, String teamName, OutputStream out) throws IOException {
        try (ReadAhead<GapSheetRow> rows = rows(actor, teamId)) {
            rows.hasNext(); // the first chunk, and any refusal, before a byte is written
            return writer.writeXlsx(teamName, rows, out);
        }
    }

    public long writeCsv(Actor actor, long teamId, OutputStream out) throws IOException {
        try (ReadAhead<GapSheetRow> rows = rows(actor, teamId)) {
            rows.hasNext();
            return writer.writeCsv(rows, out);
        }
    }

    ReadAhead<GapSheetRow> rows(Actor actor, long teamId) {
        return new ReadAhead<>("gap-export-read-ahead", CHUNKS_AHEAD, new Chunks(actor, teamId));
    }

    static GapSheetRow toSheetRow(GapExportRow row) {
        return new GapSheetRow(row.id(), row.title(), row.description(), row.status(), row.source(), row.reference(),
                row.urgency(), row.votes(), row.priority(), row.tags(), row.reportedBy(), row.reportedOn(),
                row.offeredBy(), row.confidential());
    }

    /** The team's gaps by keyset, converted to sheet rows on the reader thread. */
    private final class Chunks implements ReadAhead.ChunkSource<GapSheetRow> {
        private final Actor actor;
        private final long teamId;
        private long afterId;
        private boolean done;

        Chunks(Actor actor, long teamId) {
            this.actor = actor;
            this.teamId = teamId;
        }

        @Override
        public List<GapSheetRow> next() {
            if (done) {
                return null;
            }
            GapExportChunk chunk = gaps.exportChunk(actor, teamId, afterId);
            afterId = chunk.lastId();
            done = chunk.last();
            return chunk.rows().stream().map(GapSheetExport::toSheetRow).toList();
        }
    }
}
