package org.peerplanner.domain.outcomes.baseline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing baseline months from a file, with the gap import's rules: a row-by-row preview first, then all rows or
 * none. Any row with a problem refuses the whole import and names every such row; a month already recorded is
 * replaced, and the preview says so. Reading the file is planner-integrations' job.
 */
@Service
@Transactional(readOnly = true)
public class BaselineImport {

    private final BaselineService baseline;
    private final BaselineMonthRepository months;
    private final TeamAccess access;

    BaselineImport(BaselineService baseline, BaselineMonthRepository months, TeamAccess access) {
        this.baseline = baseline;
        this.months = months;
        this.access = access;
    }

    public List<BaselinePreview> preview(Actor actor, long teamId, List<BaselineRow> rows) {
        access.requireManager(actor, teamId);
        List<List<String>> problems = BaselineRules.check(rows, baseline.thisMonth(teamId));
        Map<YearMonth, BaselineFigures> recorded = baseline.recorded(teamId).stream()
                .collect(Collectors.toMap(BaselineFigures::month, Function.identity()));
        List<BaselinePreview> previews = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            BaselineRow row = rows.get(i);
            BaselineFigures old = row.month() == null ? null : recorded.get(row.month());
            String note = old == null ? null : "Replaces the recorded figures (onboarding "
                    + blankOr(old.onboardingDays()) + ", bug reports " + blankOr(old.bugReports()) + ").";
            previews.add(new BaselinePreview(row.rowNumber(), row.month(), row.onboardingDays(), row.bugReports(),
                    problems.get(i), note));
        }
        return previews;
    }

    /** Writes every row, or nothing when any row has a problem; returns how many months were written. */
    @Transactional
    public int commit(Actor actor, long teamId, List<BaselineRow> rows) {
        List<BaselinePreview> previews = preview(actor, teamId, rows);
        Map<String, String> refused = new LinkedHashMap<>();
        previews.stream().filter(p -> !p.importable()).forEach(p -> refused.put("row " + p.rowNumber(),
                "Row " + p.rowNumber() + ": " + String.join(" ", p.problems())));
        if (rows.isEmpty()) {
            refused.put("file", "The file has no months to import.");
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        Map<YearMonth, BaselineMonth> existing = months.findByTeamIdOrderByMonth(teamId).stream()
                .collect(Collectors.toMap(BaselineMonth::getMonth, Function.identity()));
        List<BaselineMonth> toSave = new ArrayList<>(rows.size());
        for (BaselineRow row : rows) {
            BaselineMonth month = existing.getOrDefault(row.month(), new BaselineMonth(teamId, row.month()));
            month.record(row.onboardingDays(), row.bugReports());
            toSave.add(month);
        }
        months.saveAll(toSave);
        return toSave.size();
    }

    private static String blankOr(Integer value) {
        return value == null ? "empty" : value.toString();
    }
}
