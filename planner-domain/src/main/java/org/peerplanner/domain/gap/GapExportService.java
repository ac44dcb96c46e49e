package org.peerplanner.domain.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.peerplanner.domain.access.Actor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knowledge gaps as rows for a spreadsheet (the file itself is planner-integrations' business).
 * Only gaps the actor may see; merged duplicates are left out, their votes live on in the survivor.
 */
@Service
@Transactional(readOnly = true)
public class GapExportService {

    public static final int CHUNK = 5_000;

    private final KnowledgeGapRepository gaps;
    private final GapGuard guard;

    GapExportService(KnowledgeGapRepository gaps, GapGuard guard) {
        this.gaps = gaps;
        this.guard = guard;
    }

    /** All rows, most pressing first (priority, then oldest). For a team's board-sized export. */
    public List<GapExportRow> rows(Actor actor, long teamId) {
        List<GapExportRow> rows = new ArrayList<>();
        forEachExportRow(actor, teamId, rows::add);
        rows.sort(Comparator.comparingInt(GapExportRow::priority).reversed()
                .thenComparing(GapExportRow::reportedOn)
                .thenComparingLong(GapExportRow::id));
        return rows;
    }

    /**
     * Hands every row to {@code sink}, in id order, holding only one chunk of {@value #CHUNK} gaps
     * in memory at a time, so exporting 100,000 gaps fits a small heap. Chunks are read by keyset
     * (id greater than the last one seen) as plain values, never entities: nothing piles up in
     * the persistence context, and no chunk gets slower the deeper the export goes, as OFFSET would.
     */
    public void forEachExportRow(Actor actor, long teamId, Consumer<GapExportRow> sink) {
        GapExportChunk chunk;
        long afterId = 0;
        do {
            chunk = exportChunk(actor, teamId, afterId);
            chunk.rows().forEach(sink);
            afterId = chunk.lastId();
        } while (!chunk.last());
    }

    /**
     * The visible gaps among the next {@value #CHUNK} of the team after {@code afterId}, in id order: lets a writer
     * pull rows as it goes (a 100,000-gap export never holds more than a chunk or two). Start with 0, continue
     * with the chunk's {@link GapExportChunk#lastId()} until a chunk is the {@link GapExportChunk#last()}.
     */
    public GapExportChunk exportChunk(Actor actor, long teamId, long afterId) {
        guard.requireVisibleTeam(actor, teamId);
        boolean manages = guard.manages(actor, teamId);
        LocalDate today = guard.today(teamId);
        List<GapExportData> read = gaps.findExportChunk(teamId, afterId, actor.personId(), manages,
                PageRequest.of(0, CHUNK));
        if (read.isEmpty()) {
            return new GapExportChunk(List.of(), afterId, true);
        }
        long lastId = read.getLast().id();
        List<GapExportRow> rows = new ArrayList<>(read.size());
        emit(teamId, afterId, lastId, read, today, rows::add);
        return new GapExportChunk(rows, lastId, read.size() < CHUNK);
    }

    private void emit(long teamId, long afterId, long lastId, List<GapExportData> chunk, LocalDate today,
                      Consumer<GapExportRow> sink) {
        // Tags and offers by id range rather than "in (5,000 ids)": one index range instead of thousands of bound
        // parameters; the range may hold gaps this chunk leaves out, their lines are never looked up.
        Map<Long, List<String>> tags = new HashMap<>();
        gaps.findTagsInRange(teamId, afterId, lastId)
                .forEach(t -> tags.computeIfAbsent(t.gapId(), k -> new ArrayList<>()).add(t.tag()));
        Map<Long, List<Long>> offerers = new HashMap<>();
        gaps.findOffersInRange(teamId, afterId, lastId)
                .forEach(o -> offerers.computeIfAbsent(o.gapId(), k -> new ArrayList<>()).add(o.personId()));
        Set<Long> people = new HashSet<>();
        chunk.forEach(g -> people.add(g.reporterId()));
        offerers.values().forEach(people::addAll);
        Map<Long, String> names = new HashMap<>();
        gaps.findNames(people).forEach(p -> names.put(p.id(), p.name()));
        for (GapExportData g : chunk) {
            if (g.merged()) {
                continue; // a merged duplicate: its votes live on in the gap it was merged into
            }
            sink.accept(new GapExportRow(g.id(), g.title(), g.description(), g.status().label(), g.source().label(),
                    g.sourceReference(), g.urgency().label(), g.votes(),
                    GapPriority.score(g.urgency(), g.votes(), g.reportedOn(), today),
                    tags.getOrDefault(g.id(), List.of()).stream().sorted().toList(),
                    names.getOrDefault(g.reporterId(), ""), g.reportedOn(),
                    offerers.getOrDefault(g.id(), List.of()).stream().map(id -> names.getOrDefault(id, "")).toList(),
                    g.confidential()));
        }
    }
}
