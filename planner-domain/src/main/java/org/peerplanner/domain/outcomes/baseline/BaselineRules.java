package org.peerplanner.domain.outcomes.baseline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules for a month of figures, the same for a month typed on the screen and a row of an imported file: a month
 * is needed and may not be in the future, figures are whole numbers of at least 0 (at most {@link #MAX_DAYS} days,
 * {@link #MAX_BUGS} bug reports: beyond that it is a typing slip), at least one figure is given, and a file names
 * each month once. Plain Java, so the rules are tested without Spring.
 */
public final class BaselineRules {

    static final int MAX_DAYS = 730;
    static final int MAX_BUGS = 100_000;

    private BaselineRules() {
    }

    /** The problems of each row, in order; a row's own reading problems come first. */
    public static List<List<String>> check(List<BaselineRow> rows, YearMonth thisMonth) {
        Map<YearMonth, Integer> firstRowOf = new HashMap<>();
        List<List<String>> all = new ArrayList<>(rows.size());
        for (BaselineRow row : rows) {
            List<String> problems = new ArrayList<>(row.problems());
            problems.addAll(checkOne(row, thisMonth));
            if (row.month() != null) {
                Integer first = firstRowOf.putIfAbsent(row.month(), row.rowNumber());
                if (first != null) {
                    problems.add(month(row.month()) + " is already in row " + first + "; give each month once.");
                }
            }
            all.add(List.copyOf(problems));
        }
        return all;
    }

    /** The problems of one month on its own (no duplicate check). */
    public static List<String> checkOne(BaselineRow row, YearMonth thisMonth) {
        List<String> problems = new ArrayList<>();
        if (row.month() == null) {
            if (row.problems().isEmpty()) {
                problems.add("Give the month, e.g. 2026-03.");
            }
        } else if (row.month().isAfter(thisMonth)) {
            problems.add(month(row.month()) + " is in the future; record months up to " + month(thisMonth) + ".");
        }
        if (row.onboardingDays() != null && row.onboardingDays() < 0) {
            problems.add("Onboarding days cannot be negative (" + row.onboardingDays() + ").");
        } else if (row.onboardingDays() != null && row.onboardingDays() > MAX_DAYS) {
            problems.add("Onboarding days of " + row.onboardingDays() + " is more than two years; check the figure.");
        }
        if (row.bugReports() != null && row.bugReports() < 0) {
            problems.add("Bug reports cannot be negative (" + row.bugReports() + ").");
        } else if (row.bugReports() != null && row.bugReports() > MAX_BUGS) {
            problems.add("Bug reports of " + row.bugReports() + " in one month is more than we accept; check the figure.");
        }
        if (row.onboardingDays() == null && row.bugReports() == null && row.problems().isEmpty()) {
            problems.add("Give onboarding days, bug reports or both.");
        }
        return problems;
    }

    static String month(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + month.getYear();
    }
}
