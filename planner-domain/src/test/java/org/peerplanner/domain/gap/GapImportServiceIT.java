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
import org.peerplanner.domain.team.TeamRole;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@UsePlannerTestDatabase
class GapImportServiceIT {

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
}
