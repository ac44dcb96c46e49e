package org.peerplanner.domain.thanks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The week the caps count in, and the caps themselves, without Spring or a database. */
class ThanksCapsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void aWeekRunsFromMondayToSundayInTheGiversZone() {
        // Sunday 7 June 2026, 23:59 in Berlin (21:59 UTC) is still the week of Monday 1 June ...
        assertThat(ThanksCaps.weekOf(Instant.parse("2026-06-07T21:59:00Z"), BERLIN)).isEqualTo(LocalDate.of(2026, 6, 1));
        // ... and one minute later a new week starts there.
        assertThat(ThanksCaps.weekOf(Instant.parse("2026-06-07T22:00:00Z"), BERLIN)).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(ThanksCaps.weekOf(Instant.parse("2026-06-14T21:59:59Z"), BERLIN)).isEqualTo(LocalDate.of(2026, 6, 8));
    }

    @Test
    void theSameMomentFallsInDifferentWeeksForGiversInDifferentZones() {
        Instant mondayMorningInTokyo = Instant.parse("2026-06-07T16:00:00Z");

        assertThat(ThanksCaps.weekOf(mondayMorningInTokyo, TOKYO)).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(ThanksCaps.weekOf(mondayMorningInTokyo, LOS_ANGELES)).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void theWeekAcrossNewYearIsOneIsoWeek() {
        // Thursday 31 December 2026 and Sunday 3 January 2027 are in the ISO week that starts on Monday 28 December.
        assertThat(ThanksCaps.weekOf(Instant.parse("2026-12-31T12:00:00Z"), BERLIN)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(ThanksCaps.weekOf(Instant.parse("2027-01-03T12:00:00Z"), BERLIN)).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void theWeekFollowsTheWallClockAcrossADaylightSavingChange() {
        // Berlin moves its clocks forward on Sunday 29 March 2026; Monday 30 March 00:00 there is 22:00 UTC Sunday.
        assertThat(ThanksCaps.weekOf(Instant.parse("2026-03-29T21:59:00Z"), BERLIN)).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(ThanksCaps.weekOf(Instant.parse("2026-03-29T22:00:00Z"), BERLIN)).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void fiveAWeekAndTwoToOnePerson() {
        assertThat(ThanksCaps.refusal(4, 1, "Jonas")).isEmpty();
        assertThat(ThanksCaps.refusal(5, 0, "Jonas")).hasValueSatisfying(why ->
                assertThat(why).contains("5 thank-yous this week", "Your text is kept"));
        assertThat(ThanksCaps.refusal(2, 2, "Jonas")).hasValueSatisfying(why ->
                assertThat(why).contains("thanked Jonas twice this week", "Your text is kept"));
    }
}
