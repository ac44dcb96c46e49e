package org.peerplanner.domain.gap;

import java.time.LocalDate;
import java.util.List;

/**
 * One import row as it would be imported, for the user to review before committing.
 *
 * @param problems          what makes the row unimportable; such a row must be skipped
 * @param notes             what the import decided on the user's behalf (unknown source read as
 *                          Other, owner not found so the importing manager becomes the reporter)
 * @param similarGaps       open gaps already on the board with a similar title, closest first
 * @param similarRows       earlier rows of the same file with a similar title
 */
public record GapImportPreview(int rowNumber, String title, String description, int votes, GapSource source,
                               LocalDate reportedOn, long reporterId, String reporterName, List<String> problems,
                               List<String> notes, List<GapMatch> similarGaps, List<Integer> similarRows,
                               GapImportDecision proposed) {

    public boolean importable() {
        return problems.isEmpty();
    }
}
