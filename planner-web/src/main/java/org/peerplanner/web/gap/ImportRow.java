package org.peerplanner.web.gap;

import java.util.ArrayList;
import java.util.List;
import org.peerplanner.domain.gap.GapImportDecision;
import org.peerplanner.domain.gap.GapImportPreview;

/**
 * One row of the preview: what the file said (and what the reader noticed about it), what the domain
 * made of it, and the decision the manager picked. Rows the reader or the domain found broken can
 * only be skipped.
 */
final class ImportRow {

    final GapImportPreview preview;
    final List<String> readerMessages;
    GapImportDecision decision;

    ImportRow(GapImportPreview preview, List<String> readerMessages) {
        this.preview = preview;
        this.readerMessages = List.copyOf(readerMessages);
        this.decision = broken() ? GapImportDecision.skip(String.join(" ", problems())) : preview.proposed();
    }

    boolean broken() {
        return !readerMessages.isEmpty() || !preview.importable();
    }

    List<String> problems() {
        var all = new ArrayList<String>(readerMessages);
        all.addAll(preview.problems());
        return all;
    }

    String messages() {
        var all = new ArrayList<String>(problems());
        all.addAll(preview.notes());
        return String.join(" ", all);
    }
}
