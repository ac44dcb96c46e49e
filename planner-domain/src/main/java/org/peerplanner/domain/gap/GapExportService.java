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
     * Hands every row to {@code sink}, in id order, holding only one chunk of {@value #CHUNK} rows
     * in memory at a time, so exporting 100,000 gaps fits a small heap. Chunks are read by keyset
     * (id greater than the last one seen) as plain values, never entities: nothing piles up in
     * the persistence context, and no chunk gets slower the deeper the export goes, as OFFSET would.
     * Names are looked up once per person for the whole export.
     */
    public void forEachExportRow(Actor actor, long teamId, Consumer<GapExportRow> sink) {
        long afterId = 0;
        List<GapExportRow> chunk;
        do {
            chunk = exportChunk(actor, teamId, afterId);
            chunk.forEach(sink);
            if (!chunk.isEmpty()) {
                afterId = chunk.getLast().id();
            }
        } while (chunk.size() == CHUNK);
    }

    /**
     * Up to {@value #CHUNK} visible gaps with an id above {@code afterId}, in id order: lets a writer
     * pull rows as it goes (a 100,000-gap export never holds more than one chunk). A chunk shorter
     * than {@value #CHUNK} is the last.
     */
    public List<GapExportRow> exportChunk(Actor actor, long teamId, long afterId) {
        guard.requireVisibleTeam(actor, teamId);
        boolean manages = guard.manages(actor, teamId);
        LocalDate today = guard.today(teamId);
        List<GapExportRow> rows = new ArrayList<>(CHUNK);
        emit(gaps.findExportChunk(teamId, afterId, actor.personId(), manages, PageRequest.of(0, CHUNK)), today,
                new HashMap<>(), rows::add);
        return rows;
    }

    private void emit(List<GapExportData> chunk, LocalDate today, Map<Long, String> names,
                      Consumer<GapExportRow> sink) {
        List<Long> ids = chunk.stream().map(GapExportData::id).toList();
        Map<Long, List<String>> tags = new HashMap<>();
        gaps.findTags(ids).forEach(t -> tags.computeIfAbsent(t.gapId(), k -> new ArrayList<>()).add(t.tag()));
        Map<Long, List<Long>> offerers = new HashMap<>();
        gaps.findOffers(ids).forEach(o -> offerers.computeIfAbsent(o.gapId(), k -> new ArrayList<>()).add(o.personId()));
        Set<Long> people = new HashSet<>();
        chunk.forEach(g -> people.add(g.reporterId()));
        offerers.values().forEach(people::addAll);
        people.removeAll(names.keySet());
        if (!people.isEmpty()) {
            gaps.findNames(people).forEach(p -> names.put(p.id(), p.name()));
        }
        for (GapExportData g : chunk) {
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
