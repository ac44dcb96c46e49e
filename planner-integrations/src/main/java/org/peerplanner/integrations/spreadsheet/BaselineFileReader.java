package org.peerplanner.integrations.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peerplanner.domain.outcomes.baseline.BaselineRow;
import org.springframework.stereotype.Component;

/**
 * Reads a team's monthly baseline figures from an .xlsx or .csv file: a header row naming a Month column and an
 * Onboarding days and/or a Bug reports column, then one row per month. The file kinds accepted and refused, the size
 * and row limits, are those of the gap import ({@link RetroFileReader}): the same readers do the work. A cell that
 * is not what its column needs (text in a number cell, a month not understood) becomes a problem of its row; the
 * domain's rules (negative figures, future or repeated months) come after, in the preview.
 */
@Component
public class BaselineFileReader {

    static final int MAX_ROWS = 1_200; // a century of months: more is not a baseline

    public BaselineSheet read(String fileName, InputStream in, long declaredSize) throws IOException {
        String name = fileName == null || fileName.isBlank() ? "The file" : fileName.strip();
        byte[] content = RetroFileReader.content(name, in, declaredSize);
        Builder builder = new Builder(name);
        RetroFileReader.readRows(name, content, builder);
        return builder.build();
    }

    private enum Column { MONTH, ONBOARDING, BUGS }

    private static final class Builder implements RowSink {
        private final String fileName;
        private final List<String> notes = new ArrayList<>();
        private final List<BaselineRow> rows = new ArrayList<>();
        private int[] columns;

        Builder(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public void row(int rowNumber, List<RawCell> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (columns == null) {
                columns = header(cells);
                return;
            }
            if (rows.size() == MAX_ROWS) {
                throw Refusals.tooManyRows(fileName);
            }
            rows.add(BaselineFileReader.row(rowNumber, cell(cells, Column.MONTH), cell(cells, Column.ONBOARDING), cell(cells, Column.BUGS)));
        }

        @Override
        public void estimatedRows(int estimate) {
        }

        @Override
        public void note(String note) {
            notes.add(note);
        }

        BaselineSheet build() {
            if (columns == null) {
                throw Refusals.empty(fileName);
            }
            if (rows.isEmpty()) {
                throw Refusals.noMonths(fileName);
            }
            return new BaselineSheet(rows, notes);
        }

        private int[] header(List<RawCell> cells) {
            int[] found = {-1, -1, -1};
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                String text = RawCell.textOf(cells.get(i)).toLowerCase(Locale.ROOT);
                if (text.isEmpty()) {
                    continue;
                }
                texts.add(RawCell.textOf(cells.get(i)));
                Column column = text.contains("onboard") ? Column.ONBOARDING : text.contains("bug") ? Column.BUGS
                        : text.contains("month") || text.equals("date") || text.equals("period") ? Column.MONTH : null;
                if (column != null && found[column.ordinal()] < 0) {
                    found[column.ordinal()] = i;
                }
            }
            if (found[Column.MONTH.ordinal()] < 0
                    || (found[Column.ONBOARDING.ordinal()] < 0 && found[Column.BUGS.ordinal()] < 0)) {
                throw Refusals.noBaselineColumns(fileName, texts);
            }
            return found;
        }

        private RawCell cell(List<RawCell> cells, Column column) {
            int index = columns[column.ordinal()];
            return index < 0 || index >= cells.size() ? null : cells.get(index);
        }
    }

    static BaselineRow row(int rowNumber, RawCell monthCell, RawCell onboardingCell, RawCell bugsCell) {
        List<String> problems = new ArrayList<>();
        YearMonth month = null;
        String monthText = RawCell.textOf(monthCell);
        if (monthCell != null && monthCell.date() != null) {
            month = YearMonth.from(monthCell.date());
        } else if (!monthText.isEmpty()) {
            month = month(monthText);
            if (month == null) {
                problems.add("Month \"" + monthText + "\" is not a month we understand; write it like 2026-03.");
            }
        } else {
            problems.add("The month is empty; write it like 2026-03.");
        }
        Integer onboarding = number(onboardingCell, "Onboarding days", problems);
        Integer bugs = number(bugsCell, "Bug reports", problems);
        return new BaselineRow(rowNumber, month, onboarding, bugs, problems);
    }

    private static final List<DateTimeFormatter> MONTHS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM"), DateTimeFormatter.ofPattern("uuuu-M"),
            DateTimeFormatter.ofPattern("uuuu/M"), DateTimeFormatter.ofPattern("M/uuuu"),
            DateTimeFormatter.ofPattern("M.uuuu"),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM uuuu").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM uuuu").toFormatter(Locale.ENGLISH));

    /** "2026-03", "2026-03-01", "3/2026", "Mar 2026", "March 2026"; null when none fits. */
    static YearMonth month(String text) {
        String t = text.strip();
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            t = t.substring(0, 7);
        }
        for (DateTimeFormatter format : MONTHS) {
            try {
                return YearMonth.parse(t, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a month
            }
        }
        return null;
    }

    /**
     * A whole number, or null for an empty cell. "12" and "12.0" are 12; "-3" is -3 (the domain refuses it with
     * its own message); "12.5", "twelve" and "n/a" are problems of the row.
     */
    static Integer number(RawCell cell, String column, List<String> problems) {
        String text = RawCell.textOf(cell);
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(",", ""));
            if (value.stripTrailingZeros().scale() > 0) {
                problems.add(column + " \"" + text + "\" is not a whole number.");
                return null;
            }
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(column + " \"" + text + "\" is not a number.");
            return null;
        }
    }
}
