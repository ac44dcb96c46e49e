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
import org.peerplanner.domain.team.MembershipRepository;
import org.springframework.data.domain.Pageable;
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
    private final MembershipRepository memberships;
    private final GapGuard guard;

    GapImportService(KnowledgeGapRepository gaps, MembershipRepository memberships, GapGuard guard) {
        this.gaps = gaps;
        this.memberships = memberships;
        this.guard = guard;
    }

    /** What each row would become, its problems and likely duplicates, and a proposed action. */
    public List<GapImportPreview> preview(Actor actor, long teamId, List<GapImportRow> rows) {
        guard.requireManager(actor, teamId);
        return review(actor, teamId).review(rows);
    }

    /**
     * Carries out the decisions, keyed by row number; a row without a decision is imported. One
     * transaction: when any row the user did not skip is invalid (or merges into a gap that is not
     * an open gap of the team), nothing is written and every such row is named in the exception.
     * Imported votes have no person behind them and count toward the gap's priority.
     */
    @Transactional
    public GapImportSummary commit(Actor actor, long teamId, List<GapImportRow> rows,
                                   Map<Integer, GapImportDecision> decisions) {
        guard.requireManager(actor, teamId);
        List<GapImportPreview> previews = review(actor, teamId).review(rows);
        Set<Long> openIds = gaps.findOpenTitles(teamId, actor.personId(), true).stream()
                .map(GapTitle::id).collect(Collectors.toSet());
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
        return apply(actor, teamId, previews, decisions);
    }

    private GapImportSummary apply(Actor actor, long teamId, List<GapImportPreview> previews,
                                   Map<Integer, GapImportDecision> decisions) {
        PersonRef me = guard.who(actor);
        Instant now = guard.now();
        List<GapImportSummary.RowOutcome> outcomes = new ArrayList<>();
        int imported = 0;
        int merged = 0;
        int skipped = 0;
        for (GapImportPreview p : previews) {
            GapImportDecision decision = decisionFor(p, decisions);
            switch (decision.action()) {
                case SKIP -> {
                    skipped++;
                    outcomes.add(new GapImportSummary.RowOutcome(p.rowNumber(), GapImportAction.SKIP, null,
                            decision.reason() != null ? decision.reason() : "Skipped."));
                }
                case IMPORT -> {
                    imported++;
                    KnowledgeGap gap = gaps.save(newGap(teamId, p, me, now));
                    outcomes.add(new GapImportSummary.RowOutcome(p.rowNumber(), GapImportAction.IMPORT, gap.getId(),
                            String.join(" ", p.notes())));
                }
                case MERGE_INTO -> {
                    merged++;
                    KnowledgeGap target = gaps.findById(decision.intoGapId()).orElseThrow(GapGuard::gapNotFound);
                    target.addImportedVotes(p.votes(), "Import row " + p.rowNumber() + " “" + p.title() + "” merged in with "
                            + p.votes() + " vote(s).", me, now);
                    outcomes.add(new GapImportSummary.RowOutcome(p.rowNumber(), GapImportAction.MERGE_INTO,
                            target.getId(), "Votes added to #" + target.getId() + "."));
                }
            }
        }
        gaps.flush();
        return new GapImportSummary(imported, merged, skipped, List.copyOf(outcomes));
    }

    private static KnowledgeGap newGap(long teamId, GapImportPreview p, PersonRef me, Instant now) {
        var draft = new GapDraft(p.title(), p.description(), p.source(), null, Urgency.MEDIUM, List.of(), Set.of(),
                false, p.reporterId(), p.reportedOn());
        var gap = KnowledgeGap.log(teamId, draft, GapOrigin.IMPORTED, p.reporterId(), p.reportedOn(), me, now,
                "Imported from row " + p.rowNumber() + ".");
        if (p.votes() > 0) {
            gap.addImportedVotes(p.votes(), p.votes() + " vote(s) from the imported file.", me, now);
        }
        return gap;
    }

    private static GapImportDecision decisionFor(GapImportPreview p, Map<Integer, GapImportDecision> decisions) {
        GapImportDecision decision = decisions == null ? null : decisions.get(p.rowNumber());
        return decision == null || decision.action() == null ? GapImportDecision.importIt() : decision;
    }

    private GapImportReview review(Actor actor, long teamId) {
        var members = memberships.findMembers(teamId, "", Pageable.unpaged()).stream()
                .map(m -> new GapImportReview.Member(m.getPerson().getId(), m.getPerson().getFullName(),
                        m.getPerson().getEmail()))
                .toList();
        LocalDate today = guard.today(teamId);
        return new GapImportReview(members, gaps.findOpenTitles(teamId, actor.personId(), true), guard.who(actor), today);
    }
}
