package org.peerplanner.domain.outcomes.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A team's monthly figures: managers record and import them (all rows or none), members read, others see nothing. */
@SpringBootTest
@UsePlannerTestDatabase
class BaselineIT {

    static final Instant TODAY = Instant.parse("2026-12-01T07:41:00Z");

    @Autowired TestClock clock;
    @Autowired BaselineService baseline;
    @Autowired BaselineImport imports;
    @Autowired SessionService sessions;
    @Autowired FacilitationService facilitation;
    @Autowired SessionHoldingService holding;
    @Autowired DomainFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    long team;
    Actor manager;
    Actor member;

    @BeforeEach
    void aTeam() {
        clock.set(TODAY);
        team = fixtures.team("Baseline");
        manager = fixtures.manager(team);
        member = fixtures.member(team);
    }

    private long months() {
        return jdbc.queryForObject("select count(*) from baseline_month where team_id = ?", Long.class, team);
    }

    @Test
    void managersRecordMembersReadAndAnotherTeamSeesNothing() {
        baseline.record(manager, team, BaselineRow.typed(YearMonth.of(2026, 10), 21, 12), null);

        var page = baseline.page(member, team);
        assertThat(page.months()).singleElement().satisfies(m -> assertThat(m.bugReports()).isEqualTo(12));
        assertThat(page.viewerMayEdit()).isFalse();
        assertThat(baseline.page(manager, team).viewerMayEdit()).isTrue();
        assertThatThrownBy(() -> baseline.record(member, team, BaselineRow.typed(YearMonth.of(2026, 9), 1, 1), null))
                .isInstanceOf(NotPermittedException.class);

        long otherTeam = fixtures.team("Other");
        Actor outsider = fixtures.manager(otherTeam);
        assertThatThrownBy(() -> baseline.page(outsider, team)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> baseline.record(outsider, team, BaselineRow.typed(YearMonth.of(2026, 9), 1, 1), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> imports.preview(outsider, team, List.of())).isInstanceOf(NotFoundException.class);
        assertThat(baseline.page(outsider, otherTeam).months()).isEmpty();
    }

    @Test
    void anEditOfAMonthSomeoneElseChangedIsAConflictAndBadMonthsAreRefused() {
        var saved = baseline.record(manager, team, BaselineRow.typed(YearMonth.of(2026, 10), 21, 12), null);
        baseline.record(manager, team, BaselineRow.typed(YearMonth.of(2026, 10), 20, 12), saved.version());
        assertThatThrownBy(() -> baseline.record(manager, team, BaselineRow.typed(YearMonth.of(2026, 10), 19, 12),
                saved.version())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> baseline.record(manager, team, BaselineRow.typed(YearMonth.of(2027, 1), 19, 12), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("in the future");
        assertThatThrownBy(() -> baseline.record(manager, team, BaselineRow.typed(YearMonth.of(2026, 9), -1, 12), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be negative");
        assertThat(baseline.page(manager, team).months()).singleElement()
                .satisfies(m -> assertThat(m.onboardingDays()).isEqualTo(20));
    }

    @Test
    void anImportWritesAllRowsOrNoneAndSaysWhichRowsAreWrong() {
        baseline.record(manager, team, BaselineRow.typed(YearMonth.of(2026, 1), 30, 10), null);
        List<BaselineRow> rows = List.of(
                new BaselineRow(2, YearMonth.of(2026, 1), 25, 9, List.of()),
                new BaselineRow(3, YearMonth.of(2026, 2), -4, 9, List.of()),
                new BaselineRow(4, YearMonth.of(2026, 2), 20, 8, List.of()),
                new BaselineRow(5, YearMonth.of(2027, 3), 20, 8, List.of()),
                new BaselineRow(6, YearMonth.of(2026, 4), null, null, List.of("Bug reports \"many\" is not a number.")));

        var preview = imports.preview(manager, team, rows);
        assertThat(preview.get(0).note()).isEqualTo("Replaces the recorded figures (onboarding 30, bug reports 10).");
        assertThat(preview).extracting(BaselinePreview::importable).containsExactly(true, false, false, false, false);
        assertThatThrownBy(() -> imports.commit(manager, team, rows))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("row 3", "row 4", "row 5", "row 6")
                        .containsEntry("row 4", "Row 4: February 2026 is already in row 3; give each month once."));
        assertThat(months()).as("nothing written").isEqualTo(1);
        assertThat(baseline.page(manager, team).months().getFirst().onboardingDays()).isEqualTo(30);

        int written = imports.commit(manager, team, List.of(rows.get(0), rows.get(2)));
        assertThat(written).isEqualTo(2);
        assertThat(baseline.page(manager, team).months()).extracting(BaselineFigures::onboardingDays)
                .containsExactly(25, 20);
        assertThatThrownBy(() -> imports.commit(member, team, List.of(rows.get(0))))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theComparisonStartsAtTheFirstHeldSessionUnlessAManagerSetsADate() {
        List<BaselineRow> rows = new ArrayList<>();
        YearMonth start = YearMonth.of(2024, 6);
        for (int i = 0; i < 30; i++) {
            YearMonth month = start.plusMonths(i);
            boolean after = month.isAfter(YearMonth.of(2025, 12));
            rows.add(new BaselineRow(i + 2, month, after ? 17 : 20, after ? 10 : 10, List.of()));
        }
        imports.commit(manager, team, rows);
        assertThat(baseline.page(member, team).comparisons()).allSatisfy(c -> assertThat(c.enough()).isFalse());

        var s = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "First",
                ZonedDateTime.of(2025, 12, 10, 12, 0, 0, 0, ZoneId.of("Europe/Berlin")), manager.personId()));
        holding.hold(manager, s.id(), null);

        var page = baseline.page(member, team);
        assertThat(page.adoptedOn()).isEqualTo(LocalDate.of(2025, 12, 10));
        assertThat(page.adoptionSet()).isFalse();
        var onboarding = page.comparisons().get(0);
        assertThat(onboarding.monthsBefore()).isEqualTo(18);
        assertThat(onboarding.monthsAfter()).isEqualTo(11);
        assertThat(onboarding.change()).isEqualTo(-0.15, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(page.comparisons().get(1).change()).isEqualTo(0.0);

        baseline.setAdoption(manager, team, LocalDate.of(2025, 6, 1));
        assertThat(baseline.page(member, team).comparisons().get(0).monthsBefore()).isEqualTo(12);
        assertThatThrownBy(() -> baseline.setAdoption(manager, team, LocalDate.of(2027, 1, 1)))
                .isInstanceOf(InvalidInputException.class);
        baseline.setAdoption(manager, team, null);
        assertThat(baseline.page(member, team).adoptedOn()).isEqualTo(LocalDate.of(2025, 12, 10));
    }
}
