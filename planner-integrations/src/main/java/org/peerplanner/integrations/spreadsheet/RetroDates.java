package org.peerplanner.integrations.spreadsheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands the dates people type into retrospective exports.
 * <ul>
 *   <li>year first: 2025-03-14, 2025/3/14 (ISO, unambiguous)</li>
 *   <li>with dots: 14.03.2025, 14.3.2025 (day.month.year, as written in Germany and much of Europe)</li>
 *   <li>with slashes: 03/14/2025 or 14/03/2025. Day/month order is decided once for the whole file: if some
 *       slash date only makes sense as day/month (first part above 12) the file is read as day/month,
 *       otherwise as month/day (US, and what Excel writes in an en-US CSV). A note says which order was used
 *       whenever a date could have been read both ways. A file that contains both proofs is contradictory:
 *       its unambiguous dates are read, the ambiguous ones get a row message.</li>
 * </ul>
 * A time after the date ("2025-03-14 10:30", "3/14/2025 10:30 AM") is ignored; two-digit years are not read.
 */
final class RetroDates {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}.*)?");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?: \\d{1,2}:\\d{2}.*)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: \\d{1,2}:\\d{2}.*)?");

    private enum SlashOrder { MONTH_FIRST, DAY_FIRST, CONTRADICTORY }

    /** A date, or the message for the row when the text is not one. */
    record Result(LocalDate date, String message) {
    }

    private final SlashOrder order;
    private final List<String> notes = new ArrayList<>();

    /** @param texts every date text of the file that is not a real date cell, to decide the slash order */
    RetroDates(Collection<String> texts) {
        String dayFirstProof = null;
        String monthFirstProof = null;
        String ambiguous = null;
        for (String text : texts) {
            Matcher m = SLASHED.matcher(text.strip());
            if (!m.matches()) {
                continue;
            }
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            if (first > 12 && second <= 12 && dayFirstProof == null) {
                dayFirstProof = text.strip();
            } else if (second > 12 && first <= 12 && monthFirstProof == null) {
                monthFirstProof = text.strip();
            } else if (first <= 12 && second <= 12 && first != second && ambiguous == null) {
                ambiguous = text.strip();
            }
        }
        if (dayFirstProof != null && monthFirstProof != null) {
            order = SlashOrder.CONTRADICTORY;
        } else if (dayFirstProof != null) {
            order = SlashOrder.DAY_FIRST;
            if (ambiguous != null) {
                notes.add("Dates with slashes, such as \"" + ambiguous + "\", were read as day/month/year,"
                        + " because some of them (for example \"" + dayFirstProof + "\") only make sense that way.");
            }
        } else {
            order = SlashOrder.MONTH_FIRST;
            if (ambiguous != null) {
                notes.add("Dates with slashes, such as \"" + ambiguous + "\", were read as month/day/year ("
                        + parse(ambiguous).date() + "). If they are day/month/year, write them as year-month-day,"
                        + " for example 2025-03-14, and upload again.");
            }
        }
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    Result parse(String raw) {
        String text = raw.strip();
        Matcher m = YEAR_FIRST.matcher(text);
        if (m.matches()) {
            return of(text, m.group(1), m.group(2), m.group(3));
        }
        m = DOTTED.matcher(text);
        if (m.matches()) {
            return of(text, m.group(3), m.group(2), m.group(1));
        }
        m = SLASHED.matcher(text);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            boolean ambiguous = first <= 12 && second <= 12 && first != second;
            if (order == SlashOrder.CONTRADICTORY && ambiguous) {
                return new Result(null, "Date \"" + text + "\" could be day/month or month/day, and this file"
                        + " uses both; write it as year-month-day, for example 2025-03-14.");
            }
            boolean dayFirst = first > 12 || (order == SlashOrder.DAY_FIRST && second <= 12);
            return dayFirst ? of(text, m.group(3), m.group(2), m.group(1)) : of(text, m.group(3), m.group(1), m.group(2));
        }
        return notADate(text);
    }

    private static Result of(String text, String year, String month, String day) {
        try {
            return new Result(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)), null);
        } catch (DateTimeException e) {
            return notADate(text);
        }
    }

    private static Result notADate(String text) {
        return new Result(null, "Date \"" + text + "\" is not a date we understand; write it as year-month-day,"
                + " for example 2025-03-14.");
    }
}
