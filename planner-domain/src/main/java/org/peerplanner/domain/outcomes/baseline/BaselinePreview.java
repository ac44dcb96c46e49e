package org.peerplanner.domain.outcomes.baseline;

import java.time.YearMonth;
import java.util.List;

/**
 * What one row of an import would do: its problems (any problem refuses the whole import) and a note when it
 * replaces figures already recorded for the month.
 */
public record BaselinePreview(int rowNumber, YearMonth month, Integer onboardingDays, Integer bugReports,
                              List<String> problems, String note) {

    public BaselinePreview {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty();
    }
}
