package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@UsePlannerTestDatabase
class GapExportServiceIT {

    @Autowired
    TestClock clock;
    @Autowired
    GapExportService export;
    @Autowired
    GapService gaps;
    @Autowired
    GapParticipationService participation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DomainFixtures fixtures;

    /** Many gaps straight into the table: the export is under test here, not logging. */
    private void insertGaps(long team, long reporter, int count, boolean confidential) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {team, "Bulk gap " + i, confidential, reporter, Date.valueOf(LocalDate.of(2026, 1, 5)),
                    i % 4, Timestamp.from(clock.instant())});
        }
        jdbc.batchUpdate("insert into knowledge_gap (version, team_id, title, source, urgency, confidential, origin,"
                + " status, reporter_id, reported_on, imported_votes, created_at)"
                + " values (0, ?, ?, 'OTHER', 'MEDIUM', ?, 'IMPORTED', 'OPEN', ?, ?, ?, ?)", rows);
    }

    private Set<Long> idsOf(long team, boolean withConfidential) {
        return new HashSet<>(jdbc.queryForList("select id from knowledge_gap where team_id = ?"
                + (withConfidential ? "" : " and confidential = false"), Long.class, team));
    }

    @Test
    void streamingVisitsEveryVisibleGapExactlyOnceAcrossChunks() {
        long team = fixtures.team("Export");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        insertGaps(team, manager.personId(), GapExportService.CHUNK * 2 + 37, false);
        insertGaps(team, manager.personId(), 25, true);
        long other = fixtures.team("ExportOther");
        insertGaps(other, fixtures.manager(other).personId(), 10, false);

        List<Long> seenByMember = new ArrayList<>();
        export.forEachExportRow(member, team, row -> seenByMember.add(row.id()));
        List<Long> seenByManager = new ArrayList<>();
        export.forEachExportRow(manager, team, row -> seenByManager.add(row.id()));

        assertThat(seenByMember).hasSize(GapExportService.CHUNK * 2 + 37).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(idsOf(team, false)).isSorted();
        assertThat(seenByManager).hasSize(GapExportService.CHUNK * 2 + 37 + 25)
                .containsExactlyInAnyOrderElementsOf(idsOf(team, true));
    }

    @Test
    void rowsCarryWhatASpreadsheetShowsSortedByPriority() {
        long team = fixtures.team("ExportRows");
        Actor manager = fixtures.manager(team);
        Actor ada = fixtures.person(team, "Ada Lovelace", org.peerplanner.domain.access.TeamRole.MEMBER);
        long low = gaps.log(manager, team, GapDraft.of("Regex", GapSource.OTHER, Urgency.LOW)).id();
        long high = gaps.log(manager, team, GapDraft.of("Failover", GapSource.POST_MORTEM, Urgency.HIGH)
                .withSource(GapSource.POST_MORTEM, "INC-7").taggedWith(List.of("Postgres", "Ops"))).id();
        participation.vote(ada, high);
        participation.offerToTeach(ada, high, "Did it twice");

        var rows = export.rows(ada, team);

        assertThat(rows).extracting(GapExportRow::id).containsExactly(high, low);
        assertThat(rows.getFirst()).isEqualTo(new GapExportRow(high, "Failover", null, "Open", "Post-mortem", "INC-7",
                "High", 1, 40, List.of("Ops", "Postgres"), "Manager", rows.getFirst().reportedOn(),
                List.of("Ada Lovelace"), false));
    }

    @Test
    void mergedDuplicatesAreLeftOutEvenWhenAWholeChunkIsMergedAndTagsAndOffersStayWithTheirGaps() {
        long team = fixtures.team("ExportMerged");
        Actor manager = fixtures.manager(team);
        Actor ada = fixtures.person(team, "Ada Lovelace", org.peerplanner.domain.access.TeamRole.MEMBER);
        insertGaps(team, manager.personId(), GapExportService.CHUNK + 10, false);
        long survivor = gaps.log(manager, team, GapDraft.of("Survivor", GapSource.OTHER, Urgency.HIGH)
                .taggedWith(List.of("Kafka"))).id();
        participation.offerToTeach(ada, survivor, "Happy to");
        List<Long> bulk = jdbc.queryForList("select id from knowledge_gap where team_id = ? and id < ? order by id",
                Long.class, team, survivor);
        // the whole first chunk are merged duplicates: a chunk with nothing to write that is not the last
        jdbc.update("update knowledge_gap set merged_into_id = ? where team_id = ? and id <= ?", survivor, team,
                bulk.get(GapExportService.CHUNK - 1));

        GapExportChunk first = export.exportChunk(manager, team, 0);
        List<GapExportRow> all = new ArrayList<>();
        export.forEachExportRow(manager, team, all::add);

        assertThat(first.rows()).isEmpty();
        assertThat(first.last()).isFalse();
        assertThat(first.lastId()).isEqualTo(bulk.get(GapExportService.CHUNK - 1));
        List<Long> expected = new ArrayList<>(bulk.subList(GapExportService.CHUNK, bulk.size()));
        expected.add(survivor);
        assertThat(all).extracting(GapExportRow::id).containsExactlyElementsOf(expected);
        assertThat(all.getLast().tags()).containsExactly("Kafka");
        assertThat(all.getLast().offeredBy()).containsExactly("Ada Lovelace");
        assertThat(all.getFirst().tags()).isEmpty();
    }
}
