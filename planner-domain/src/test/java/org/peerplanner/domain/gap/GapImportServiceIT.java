package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@UsePlannerTestDatabase
class GapImportServiceIT {

    @Autowired
    TestClock clock;
    @Autowired
    GapImportService imports;
    @Autowired
    GapService gaps;
    @Autowired
    GapBoardService board;
    @Autowired
    PeopleService people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DomainFixtures fixtures;

    private static final LocalDate RETRO = LocalDate.of(2026, 2, 10);

    private static GapImportRow row(int number, String title, Integer votes, String source, String owner) {
        return new GapImportRow(number, title, "From the February retro", votes, source, RETRO, owner);
    }

    private long rowsOfTeam(long team) {
        return jdbc.queryForObject("select count(*) from knowledge_gap where team_id = ?", Long.class, team);
    }

    private long historyOfTeam(long team) {
        return jdbc.queryForObject("select count(*) from gap_history h join knowledge_gap g on g.id = h.gap_id"
                + " where g.team_id = ?", Long.class, team);
    }

    @Test
    void aRowThatIsNotSkippedAndInvalidStopsTheWholeImport() {
        long team = fixtures.team("ImportBad");
        Actor manager = fixtures.manager(team);
        long existing = gaps.log(manager, team, GapServiceIT.draft("Kafka consumer groups")).id();
        var rows = List.of(
                row(2, "Terraform state", 3, "retro", null),
                row(3, "kafka consumer groups", 5, "retro", null),
                row(4, " ", -2, "retro", null));
        long gapsBefore = rowsOfTeam(team);
        long historyBefore = historyOfTeam(team);

        assertThatThrownBy(() -> imports.commit(manager, team, rows,
                Map.of(3, GapImportDecision.mergeInto(existing), 4, GapImportDecision.importIt())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("row 4")
                        .hasEntrySatisfying("row 4", m -> assertThat(m).contains("The title is missing.", "negative")));

        assertThat(rowsOfTeam(team)).isEqualTo(gapsBefore);
        assertThat(historyOfTeam(team)).isEqualTo(historyBefore);
        assertThat(gaps.details(manager, existing).importedVotes()).isZero();
    }

    @Test
    void previewThenCommitImportsMergesAndSkipsAsDecided() {
        long team = fixtures.team("Import");
        Actor manager = fixtures.manager(team);
        Actor zoe = fixtures.person(team, "Zoë Ångström", TeamRole.MEMBER);
        long existing = gaps.log(manager, team, GapServiceIT.draft("Kafka consumer groups")).id();
        var rows = List.of(
                row(2, "Terraform state", 1, "Retro", "zoe angstrom"),
                row(3, "kafka consumer-groups?", 5, "1:1", null),
                row(4, " ", null, null, null),
                row(5, "Flaky end-to-end tests", null, "hallway chat", "someone@elsewhere.example"),
                row(6, "Terraform State", 1, "retro", null));

        var preview = imports.preview(manager, team, rows);

        assertThat(preview).extracting(p -> p.proposed().action()).containsExactly(GapImportAction.IMPORT,
                GapImportAction.MERGE_INTO, GapImportAction.SKIP, GapImportAction.IMPORT, GapImportAction.SKIP);
        assertThat(preview.get(0).reporterId()).isEqualTo(zoe.personId());
        assertThat(preview.get(1).proposed().intoGapId()).isEqualTo(existing);
        assertThat(preview.get(3).source()).isEqualTo(GapSource.OTHER);
        assertThat(preview.get(3).reporterId()).isEqualTo(manager.personId());
        assertThat(preview.get(3).notes()).hasSize(2);
        assertThat(preview.get(4).similarRows()).containsExactly(2);

        Map<Integer, GapImportDecision> decisions = new java.util.HashMap<>();
        preview.forEach(p -> decisions.put(p.rowNumber(), p.proposed()));
        var summary = imports.commit(manager, team, rows, decisions);

        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.merged()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(summary.rows()).extracting(GapImportSummary.RowOutcome::rowNumber).containsExactly(2, 3, 4, 5, 6);
        long terraform = summary.rows().getFirst().gapId();
        var imported = gaps.details(manager, terraform);
        assertThat(imported.origin()).isEqualTo(GapOrigin.IMPORTED);
        assertThat(imported.reporterName()).isEqualTo("Zoë Ångström");
        assertThat(imported.reportedOn()).isEqualTo(RETRO);
        assertThat(imported.votes()).isEqualTo(1);
        assertThat(imported.voterCount()).isZero();
        var merged = gaps.details(manager, existing);
        assertThat(merged.importedVotes()).isEqualTo(5);
        assertThat(merged.history().getLast().event()).isEqualTo(GapEvent.VOTES_IMPORTED);
        assertThat(board.board(manager, team, GapFilter.open(), PageRequest.of(0, 10)).getFirst().id())
                .as("imported votes count toward priority").isEqualTo(existing);
    }

    @Test
    void onlyManagersImportAndMergesGoIntoOpenGapsOfTheTeam() {
        long team = fixtures.team("ImportRules");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        long other = fixtures.team("ImportOther");
        long foreign = gaps.log(fixtures.manager(other), other, GapServiceIT.draft("Kafka")).id();
        var rows = List.of(row(2, "Kafka", 1, null, null));

        assertThatThrownBy(() -> imports.preview(member, team, rows)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> imports.commit(manager, team, rows, Map.of(2, GapImportDecision.mergeInto(foreign))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("row 2"));
        assertThat(rowsOfTeam(team)).isZero();
    }

    /**
     * The commit writes with multi-row statements (GapImportWriter), not through the entities: the rows must be
     * what logging the gap and adding the votes through the entities writes, in the same order.
     */
    @Test
    void committedRowsAreWhatTheEntitiesWouldHaveWritten() {
        long team = fixtures.team("ImportRowsAsEntities");
        Actor manager = fixtures.manager(team);
        long target = gaps.log(manager, team, GapServiceIT.draft("Kafka consumer groups")).id();
        long targetVersion = gaps.details(manager, target).version();
        long logged = gaps.log(manager, team, GapServiceIT.draft("Logged the usual way")).id();
        java.time.Instant before = clock.instant().minusSeconds(1);
        var rows = List.of(
                row(2, "Terraform state", 3, "retro", null),
                row(3, "kafka consumer groups", 5, "retro", null),
                row(4, "Flaky tests", null, "retro", null),
                row(5, "Kafka consumer group", 2, "retro", null));

        var summary = imports.commit(manager, team, rows, Map.of(3, GapImportDecision.mergeInto(target),
                5, GapImportDecision.mergeInto(target)));

        java.time.Instant after = clock.instant().plusSeconds(1);
        long terraform = summary.rows().get(0).gapId();
        long flaky = summary.rows().get(2).gapId();
        assertThat(summary.rows()).extracting(GapImportSummary.RowOutcome::gapId)
                .containsExactly(terraform, target, flaky, target);
        assertThat(flaky).isGreaterThan(terraform);
        String columns = "version, team_id, description, source, source_reference, urgency, confidential, origin,"
                + " status, reporter_id, reported_on, imported_votes, session_reference, merged_into_id";
        var entityRow = jdbc.queryForMap("select " + columns + " from knowledge_gap where id = ?", logged);
        var importedRow = jdbc.queryForMap("select " + columns + " from knowledge_gap where id = ?", flaky);
        assertThat(importedRow.get("version")).isEqualTo(entityRow.get("version"));
        assertThat(importedRow.get("urgency")).isEqualTo(entityRow.get("urgency"));
        assertThat(importedRow.get("confidential")).isEqualTo(entityRow.get("confidential"));
        assertThat(importedRow.get("status")).isEqualTo("OPEN");
        assertThat(importedRow.get("origin")).isEqualTo("IMPORTED");
        assertThat(importedRow.get("source_reference")).isNull();
        assertThat(importedRow.get("session_reference")).isNull();
        assertThat(importedRow.get("merged_into_id")).isNull();

        var terraformDetails = gaps.details(manager, terraform);
        assertThat(terraformDetails.title()).isEqualTo("Terraform state");
        assertThat(terraformDetails.description()).isEqualTo("From the February retro");
        assertThat(terraformDetails.source()).isEqualTo(GapSource.RETROSPECTIVE);
        assertThat(terraformDetails.urgency()).isEqualTo(Urgency.MEDIUM);
        assertThat(terraformDetails.importedVotes()).isEqualTo(3);
        assertThat(terraformDetails.reportedOn()).isEqualTo(RETRO);
        assertThat(terraformDetails.history()).extracting(GapHistoryItem::event, GapHistoryItem::fromStatus,
                        GapHistoryItem::toStatus, GapHistoryItem::note, GapHistoryItem::personId,
                        GapHistoryItem::personName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(GapEvent.LOGGED, null, GapStatus.OPEN,
                                "Imported from row 2.", manager.personId(), "Manager"),
                        org.assertj.core.groups.Tuple.tuple(GapEvent.VOTES_IMPORTED, GapStatus.OPEN, GapStatus.OPEN,
                                "3 vote(s) from the imported file.", manager.personId(), "Manager"));
        assertThat(terraformDetails.history()).allSatisfy(h -> assertThat(h.at()).isBetween(before, after));
        assertThat(gaps.details(manager, flaky).history()).extracting(GapHistoryItem::event)
                .containsExactly(GapEvent.LOGGED);

        var merged = gaps.details(manager, target);
        assertThat(merged.importedVotes()).isEqualTo(7);
        assertThat(merged.version()).as("raised once, as one flush of the entity would").isEqualTo(targetVersion + 1);
        assertThat(merged.history()).extracting(GapHistoryItem::event, GapHistoryItem::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(GapEvent.LOGGED, null),
                        org.assertj.core.groups.Tuple.tuple(GapEvent.VOTES_IMPORTED,
                                "Import row 3 “kafka consumer groups” merged in with 5 vote(s)."),
                        org.assertj.core.groups.Tuple.tuple(GapEvent.VOTES_IMPORTED,
                                "Import row 5 “Kafka consumer group” merged in with 2 vote(s)."));
        assertThat(merged.history().getLast().at()).isEqualTo(terraformDetails.history().getFirst().at());
    }
}
