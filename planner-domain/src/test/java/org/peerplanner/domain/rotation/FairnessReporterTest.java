package org.peerplanner.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FairnessReporterTest {

    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    private static RotationMember member(long id, String name) {
        return new RotationMember(id, name, null, true, List.of(), List.of());
    }

    private static PastSession session(String date, Long lead, Long... co) {
        return new PastSession(LocalDate.parse(date), null, lead, Set.of(co), null, Set.of());
    }

    @Test
    void countsLeadsCoFacilitationsAndPairingsInThePeriodAndComparesThemWithTheMean() {
        List<RotationMember> members = List.of(member(1, "Zoe"), member(2, "Ana"), member(3, "Ben"), member(4, "Cem"));
        List<PastSession> sessions = List.of(
                session("2025-01-08", 1L, 2L), session("2025-01-15", 1L), session("2025-01-22", 1L),
                session("2025-02-05", 1L), session("2025-02-12", 2L, 3L),
                session("2024-12-18", 3L), // before the period: only proves Ben led once
                session("2025-04-02", 4L)); // after the period: ignored entirely
        List<PastPairing> pairings = List.of(new PastPairing(LocalDate.parse("2025-02-01"), List.of(2L, 3L)),
                new PastPairing(LocalDate.parse("2025-03-31"), List.of(1L, 2L, 4L)),
                new PastPairing(LocalDate.parse("2025-04-01"), List.of(1L, 2L)));

        FairnessReport report = new FairnessReporter().report(new FairnessRequest(FROM, TO, members, sessions, pairings));

        assertThat(report.meanFacilitations()).isEqualTo(1.25);
        assertThat(report.rows()).extracting(FairnessRow::name).containsExactly("Ana", "Ben", "Cem", "Zoe");
        FairnessRow ana = report.rows().get(0);
        assertThat(ana.facilitations()).isEqualTo(1);
        assertThat(ana.coFacilitations()).isEqualTo(1);
        assertThat(ana.pairings()).isEqualTo(2);
        assertThat(ana.facilitationShare()).isCloseTo(0.8, within(1e-9));
        FairnessRow zoe = report.rows().get(3);
        assertThat(zoe.facilitations()).isEqualTo(4);
        assertThat(zoe.facilitationShare()).isCloseTo(3.2, within(1e-9));
        assertThat(zoe.overloaded()).isTrue();
        assertThat(ana.overloaded()).isFalse();

        FairnessRow ben = report.rows().get(1);
        FairnessRow cem = report.rows().get(2);
        assertThat(ben.facilitations()).isZero();
        assertThat(ben.neverFacilitated()).isFalse();
        assertThat(cem.neverFacilitated()).isTrue();
        assertThat(ben.coFacilitationShare()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void someoneOutsideTheRotationIsNotFlaggedAsNeverHavingLed() {
        var outside = new RotationMember(2, "Priya", null, false, List.of(), List.of());
        List<PastSession> sessions = List.of(session("2025-01-08", 1L));

        FairnessReport report = new FairnessReporter().report(new FairnessRequest(FROM, TO,
                List.of(member(1, "Zoe"), outside, member(3, "Ben")), sessions, List.of()));

        assertThat(report.rows()).filteredOn(FairnessRow::neverFacilitated).extracting(FairnessRow::name)
                .containsExactly("Ben");
    }

    @Test
    void overloadedMeansMoreThanHalfAgainTheMean() {
        // Mean 2: 3 leads is exactly 50 % above, not more.
        List<RotationMember> members = List.of(member(1, "Ana"), member(2, "Ben"));
        List<PastSession> sessions = List.of(session("2025-01-08", 1L), session("2025-01-15", 1L),
                session("2025-01-22", 1L), session("2025-01-29", 2L));

        FairnessReport report = new FairnessReporter().report(new FairnessRequest(FROM, TO, members, sessions, List.of()));

        assertThat(report.rows().get(0).facilitationShare()).isEqualTo(1.5);
        assertThat(report.rows().get(0).overloaded()).isFalse();
    }

    @Test
    void anEmptyPeriodHasZeroSharesAndFlagsNobodyAsOverloaded() {
        FairnessReport report = new FairnessReporter().report(new FairnessRequest(FROM, TO,
                List.of(member(1, "Ana")), List.of(), List.of()));

        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.facilitationShare()).isZero();
            assertThat(row.overloaded()).isFalse();
            assertThat(row.neverFacilitated()).isTrue();
        });
    }
}
