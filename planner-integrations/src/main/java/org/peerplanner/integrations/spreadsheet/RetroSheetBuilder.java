package org.peerplanner.integrations.spreadsheet;

import static org.peerplanner.integrations.spreadsheet.RetroColumn.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the rows a file reader pushes into {@link RetroRow}s: the first non-empty row is the header, fully empty
 * rows are skipped, each data row is checked, and the file is refused once it has more than {@link #MAX_ROWS}.
 */
final class RetroSheetBuilder implements RowSink {

    static final int MAX_ROWS = 10_000;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4_000;
    static final int PROGRESS_EVERY = 500;

    private record DataRow(int rowNumber, RawCell title, RawCell description, RawCell votes, RawCell source,
                           RawCell date, RawCell owner) {
    }

    private final String fileName;
    private final ProgressListener progress;
    private final List<String> fileNotes = new ArrayList<>();
    private final List<DataRow> dataRows = new ArrayList<>();
    private HeaderMapping header;
    private int estimate = -1;

    RetroSheetBuilder(String fileName, ProgressListener progress) {
        this.fileName = fileName;
        this.progress = progress == null ? ProgressListener.NONE : progress;
    }

    @Override
    public void note(String note) {
        fileNotes.add(note);
    }

    @Override
    public void estimatedRows(int estimate) {
        this.estimate = estimate;
    }

    @Override
    public void row(int rowNumber, List<RawCell> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (header == null) {
            header = HeaderMapping.of(cells, fileName);
            return;
        }
        if (dataRows.size() == MAX_ROWS) {
            throw Refusals.tooManyRows(fileName);
        }
        dataRows.add(new DataRow(rowNumber, header.cell(cells, TITLE), header.cell(cells, DESCRIPTION),
                header.cell(cells, VOTES), header.cell(cells, SOURCE), header.cell(cells, DATE),
                header.cell(cells, OWNER)));
        if (dataRows.size() % PROGRESS_EVERY == 0) {
            progress.progress(dataRows.size(), estimate < 0 ? -1 : Math.max(estimate, dataRows.size()));
        }
    }

    /** @throws SpreadsheetRefusedException when the file had no rows, or a header but no items */
    RetroSheet build() {
        if (header == null) {
            throw Refusals.empty(fileName);
        }
        if (dataRows.isEmpty()) {
            throw Refusals.noItems(fileName);
        }
        RetroDates dates = new RetroDates(dataRows.stream()
                .map(DataRow::date)
                .filter(d -> d != null && d.date() == null && !d.isBlank())
                .map(RawCell::text)
                .toList());
        List<RetroRow> rows = new ArrayList<>(dataRows.size());
        for (DataRow row : dataRows) {
            rows.add(toRetroRow(row, dates));
        }
        List<String> notes = new ArrayList<>(header.notes());
        notes.addAll(fileNotes);
        notes.addAll(dates.notes());
        progress.progress(rows.size(), rows.size());
        return new RetroSheet(rows, notes);
    }

    private static RetroRow toRetroRow(DataRow row, RetroDates dates) {
        List<String> messages = new ArrayList<>();
        String title = textOrNull(row.title());
        String description = textOrNull(row.description());
        if (title == null) {
            messages.add("Title is missing.");
        } else if (length(title) > MAX_TITLE) {
            messages.add("Title is too long (" + length(title) + " characters); shorten it to " + MAX_TITLE
                    + " characters or fewer.");
        }
        if (description != null && length(description) > MAX_DESCRIPTION) {
            messages.add("Description is too long (" + length(description) + " characters); shorten it to 4,000"
                    + " characters or fewer.");
        }
        String votesText = textOrNull(row.votes());
        Integer votes = null;
        if (votesText != null) {
            votes = wholeNumberAtLeastZero(votesText);
            if (votes == null) {
                messages.add("Votes \"" + votesText + "\" is not a whole number of 0 or more.");
            }
        }
        String dateText = textOrNull(row.date());
        LocalDate date = null;
        if (row.date() != null && row.date().date() != null) {
            date = row.date().date();
        } else if (dateText != null) {
            RetroDates.Result result = dates.parse(dateText);
            date = result.date();
            if (result.message() != null) {
                messages.add(result.message());
            }
        }
        return new RetroRow(row.rowNumber(), title, description, votesText, votes, textOrNull(row.source()),
                dateText, date, textOrNull(row.owner()), messages);
    }

    private static String textOrNull(RawCell cell) {
        String text = RawCell.textOf(cell);
        return text.isEmpty() ? null : text;
    }

    /** Characters as people count them: an emoji is one, not two UTF-16 units. */
    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** "3", "3.0" and "+3" are 3; "2.5", "-1", "three" and values beyond int are not votes. */
    private static Integer wholeNumberAtLeastZero(String text) {
        try {
            BigDecimal value = new BigDecimal(text).stripTrailingZeros();
            if (value.signum() < 0 || value.scale() > 0) {
                return null;
            }
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
