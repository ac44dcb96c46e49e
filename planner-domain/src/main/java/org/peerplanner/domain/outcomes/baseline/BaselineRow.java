package org.peerplanner.domain.outcomes.baseline;

import java.time.YearMonth;
import java.util.List;

/**
 * One month as typed or read from a file, before the rules are applied.
 *
 * @param rowNumber the row number the spreadsheet shows (0 for a month typed on the screen)
 * @param month     null when the file's month cell could not be read (its problem is in {@code problems})
 * @param problems  what reading the file already found (text in a number cell, a month not understood)
 */
public record BaselineRow(int rowNumber, YearMonth month, Integer onboardingDays, Integer bugReports,
                          List<String> problems) {

    public BaselineRow {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static BaselineRow typed(YearMonth month, Integer onboardingDays, Integer bugReports) {
        return new BaselineRow(0, month, onboardingDays, bugReports, List.of());
    }
}
