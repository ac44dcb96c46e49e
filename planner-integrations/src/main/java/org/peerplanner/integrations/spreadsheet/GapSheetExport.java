package org.peerplanner.integrations.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapExportRow;
import org.peerplanner.domain.gap.GapExportService;
import org.springframework.stereotype.Component;

/**
 * A team's knowledge gaps as .xlsx or .csv, for what the viewer may see. Rows are pulled from the
 * domain one chunk at a time while the writer streams, so a 100,000-gap export never holds more
 * than one chunk of rows.
 */
@Component
public class GapSheetExport {

    private final GapExportService gaps;
    private final GapSpreadsheetWriter writer;

    GapSheetExport(GapExportService gaps, GapSpreadsheetWriter writer) {
        this.gaps = gaps;
        this.writer = writer;
    }

    public long writeXlsx(Actor actor, long teamId, String teamName, OutputStream out) throws IOException {
        return writer.writeXlsx(teamName, rows(actor, teamId), out);
    }

    public long writeCsv(Actor actor, long teamId, OutputStream out) throws IOException {
        return writer.writeCsv(rows(actor, teamId), out);
    }

    Iterator<GapSheetRow> rows(Actor actor, long teamId) {
        return new ChunkedRows(actor, teamId);
    }

    static GapSheetRow toSheetRow(GapExportRow row) {
        return new GapSheetRow(row.id(), row.title(), row.description(), row.status(), row.source(), row.reference(),
                row.urgency(), row.votes(), row.priority(), row.tags(), row.reportedBy(), row.reportedOn(),
                row.offeredBy(), row.confidential());
    }

    private final class ChunkedRows implements Iterator<GapSheetRow> {
        private final Actor actor;
        private final long teamId;
        private List<GapExportRow> chunk;
        private int next;
        private long afterId;

        ChunkedRows(Actor actor, long teamId) {
            this.actor = actor;
            this.teamId = teamId;
            this.chunk = gaps.exportChunk(actor, teamId, 0);
        }

        @Override
        public boolean hasNext() {
            if (next < chunk.size()) {
                return true;
            }
            if (chunk.size() < GapExportService.CHUNK) {
                return false;
            }
            afterId = chunk.getLast().id();
            chunk = gaps.exportChunk(actor, teamId, afterId);
            next = 0;
            return !chunk.isEmpty();
        }

        @Override
        public GapSheetRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return toSheetRow(chunk.get(next++));
        }
    }
}
