package org.peerplanner.domain.gap;

import java.time.LocalDate;

/**
 * One row of a file being imported (a retro tool's export, a spreadsheet), as the file reader
 * found it: nothing checked yet. {@code rowNumber} is the row as the user sees it in the file.
 */
public record GapImportRow(int rowNumber, String title, String description, Integer votes, String source,
                           LocalDate date, String owner) {
}
