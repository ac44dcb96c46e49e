package org.peerplanner.domain.gap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.data.domain.Pageable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The domain half of importing gaps from a file: a row-by-row preview, then an all-or-nothing
 * commit of what the manager decided. Reading the file is planner-integrations' job.
 */
@Service
@Transactional(readOnly = true)
public class GapImportService {

    private final KnowledgeGapRepository gaps;
    private final TeamLookup memberships;
    private final GapGuard guard;
    private final GapImportWriter writer;
    private final ApplicationEventPublisher events;

    GapImportService(KnowledgeGapRepository gaps, TeamLookup memberships, GapGuard guard,
                     GapImportWriter writer, ApplicationEventPublisher events) {
        this.gaps = gaps;
        this.memberships = memberships;
        this.guard = guard;
        this.writer = writer;
        this.events = events;
    }

    /** What each row would become, its problems and likely duplicates, and a proposed action. */
    public List<GapImportPreview> preview(Actor actor, long teamId, List<GapImportRow> rows) {
        guard.requireManager(actor, teamId);
        return review(actor, teamId, gaps.findOpenTitles(teamId, actor.personId(), true)).review(rows);
    }

    /**
     * Carries out the decisions, keyed by row number; a row without a decision is imported. One
     * transaction: when any row the user did not skip is invalid (or merges into a gap that is not
     * an open gap of the team), nothing is written and every such row is named in the exception.
     * Imported votes have no person behind them and count toward the gap's priority.
     *
     * <p>The rows are checked again (their problems and notes: the team's members and today may have changed
     * since the preview), the merge targets too, but the duplicate search is not run again: which rows are
     * duplicates is what the manager decided, and the decisions say it.
     */
    @Transactional
    public GapImportSummary commit(Actor actor, long teamId, List<GapImportRow> rows,
                                   Map<Integer, GapImportDecision> decisions) {
        guard.requireManager(actor, teamId);
        List<GapTitle> openTitles = gaps.findOpenTitles(teamId, actor.personId(), true);
        List<GapImportPreview> previews = review(actor, teamId, openTitles).check(rows);
        Set<Long> openIds = openTitles.stream().map(GapTitle::id).collect(Collectors.toSet());
        Map<String, String> errors = new LinkedHashMap<>();
        for (GapImportPreview p : previews) {
            GapImportDecision decision = decisionFor(p, decisions);
            if (decision.action() != GapImportAction.SKIP && !p.importable()) {
                errors.put("row " + p.rowNumber(), "Row " + p.rowNumber() + ": " + String.join(" ", p.problems())
                        + " Correct it in the file or skip the row.");
            } else if (decision.action() == GapImportAction.MERGE_INTO
                    && (decision.intoGapId() == null || !openIds.contains(decision.intoGapId()))) {
                errors.put("row " + p.rowNumber(), "Row " + p.rowNumber() + ": choose an open gap of this team to merge into.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return apply(teamId, guard.who(actor), guard.now(), previews, decisions);
    }

    /**
     * Writes the gaps, merges and history lines with a few multi-row statements ({@link GapImportWriter}); the
     * same rows as logging each gap and adding the votes through the entities, in the same order.
     */
    private GapImportSummary apply(long teamId, PersonRef me, Instant now, List<GapImportPreview> previews,
                                   Map<Integer, GapImportDecision> decisions) {
        List<GapImportPreview> toImport = new ArrayList<>();
        List<GapImportPreview> toMerge = new ArrayList<>();
        for (GapImportPreview p : previews) {
            switch (decisionFor(p, decisions).action()) {
                case IMPORT -> toImport.add(p);
                case MERGE_INTO -> toMerge.add(p);
                case SKIP -> { }
            }
        }
        List<Long> newIds = writer.insertGaps(toImport.stream()
                .map(p -> new GapImportWriter.NewGap(teamId, p.title(), p.description(), p.source(), p.reporterId(),
                        p.reportedOn(), p.votes()))
                .toList(), now);
        Map<Long, GapImportWriter.MergeTarget> targets = writer.mergeTargets(toMerge.stream()
                .map(p -> decisionFor(p, decisions).intoGapId()).distinct().toList());
        List<GapImportWriter.HistoryLine> history = new ArrayList<>();
        for (int i = 0; i < toImport.size(); i++) {
            GapImportPreview p = toImport.get(i);
            long id = newIds.get(i);
            history.add(new GapImportWriter.HistoryLine(id, GapEvent.LOGGED, null, GapStatus.OPEN,
                    "Imported from row " + p.rowNumber() + "."));
            if (p.votes() > 0) {
                history.add(new GapImportWriter.HistoryLine(id, GapEvent.VOTES_IMPORTED, GapStatus.OPEN, GapStatus.OPEN,
                        p.votes() + " vote(s) from the imported file."));
            }
        }
        Map<GapImportWriter.MergeTarget, Integer> mergedVotes = new LinkedHashMap<>();
        for (GapImportPreview p : toMerge) {
            GapImportWriter.MergeTarget target = targets.get(decisionFor(p, decisions).intoGapId());
            if (target == null) {
                throw GapGuard.gapNotFound();
            }
            mergedVotes.merge(target, p.votes(), Integer::sum);
            history.add(new GapImportWriter.HistoryLine(target.id(), GapEvent.VOTES_IMPORTED, target.status(),
                    target.status(), "Import row " + p.rowNumber() + " “" + p.title() + "” merged in with " + p.votes()
                    + " vote(s)."));
        }
        writer.addImportedVotes(mergedVotes);
        writer.insertHistory(history, me, now);

        List<GapImportSummary.RowOutcome> outcomes = new ArrayList<>(previews.size());
        int imported = 0;
        for (GapImportPreview p : previews) {
            GapImportDecision decision = decisionFor(p, decisions);
            outcomes.add(switch (decision.action()) {
                case SKIP -> new GapImportSummary.RowOutcome(p.rowNumber(), GapImportAction.SKIP, null,
                        decision.reason() != null ? decision.reason() : "Skipped.");
                case IMPORT -> new GapImportSummary.RowOutcome(p.rowNumber(), GapImportAction.IMPORT,
                        newIds.get(imported++), String.join(" ", p.notes()));
                case MERGE_INTO -> new GapImportSummary.RowOutcome(p.rowNumber(), GapImportAction.MERGE_INTO,
                        decision.intoGapId(), "Votes added to #" + decision.intoGapId() + ".");
            });
        }
        var summary = new GapImportSummary(toImport.size(), toMerge.size(),
                previews.size() - toImport.size() - toMerge.size(), List.copyOf(outcomes));
        events.publishEvent(new GapsImported(teamId, summary.imported(), summary.merged(), summary.skipped()));
        return summary;
    }

    private static GapImportDecision decisionFor(GapImportPreview p, Map<Integer, GapImportDecision> decisions) {
        GapImportDecision decision = decisions == null ? null : decisions.get(p.rowNumber());
        return decision == null || decision.action() == null ? GapImportDecision.importIt() : decision;
    }

    private GapImportReview review(Actor actor, long teamId, List<GapTitle> openTitles) {
        var members = memberships.members(teamId, "", Pageable.unpaged()).stream()
                .map(m -> new GapImportReview.Member(m.getPerson().getId(), m.getPerson().getFullName(),
                        m.getPerson().getEmail()))
                .toList();
        LocalDate today = guard.today(teamId);
        return new GapImportReview(members, openTitles, guard.who(actor), today);
    }
}
