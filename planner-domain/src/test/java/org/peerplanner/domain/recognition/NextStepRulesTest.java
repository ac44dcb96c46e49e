package org.peerplanner.domain.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.recognition.NextStep.Kind;

class NextStepRulesTest {

    static final Optional<Standing.CoFacilitation> UPCOMING = Optional.of(new Standing.CoFacilitation(42,
            "Lunch & learn: Git", ZonedDateTime.of(2026, 6, 17, 12, 0, 0, 0, ZoneId.of("Europe/Berlin")), "Maria", 7));
    static final Optional<Standing.GapForSkill> GAP = Optional.of(new Standing.GapForSkill(9, "Kafka consumer groups",
            "Kafka"));

    static Standing standing(boolean grace, int led, int coLed, boolean lunch, boolean deep, int topics, boolean mentors,
                             Optional<Standing.CoFacilitation> upcoming, Optional<Standing.GapForSkill> gap) {
        return new Standing(grace, led, coLed, lunch, deep, topics, mentors, upcoming, gap);
    }

    @Test
    void aNewcomerWhoNeverLedIsOfferedToCoFacilitateWithAnExperiencedFacilitator() {
        var step = NextStepRules.choose(standing(false, 0, 0, false, false, 0, false, UPCOMING, Optional.empty()));

        assertThat(step.kind()).isEqualTo(Kind.CO_FACILITATE);
        assertThat(step.sessionId()).isEqualTo(42);
        assertThat(step.text()).contains("Maria leads it on Wednesday 17 June and has led 7 sessions");
    }

    @Test
    void theGracePeriodComesFirstEvenForSomeoneWhoLedElsewhereAndCouldMentor() {
        var step = NextStepRules.choose(standing(true, 9, 2, true, true, 5, false, UPCOMING, GAP));

        assertThat(step.kind()).isEqualTo(Kind.CO_FACILITATE);
    }

    @Test
    void aNewcomerWithNothingSuitablePlannedIsToldToWatchForOne() {
        var step = NextStepRules.choose(standing(true, 0, 0, false, false, 0, false, Optional.empty(), Optional.empty()));

        assertThat(step.kind()).isEqualTo(Kind.WATCH_FOR_CO_FACILITATION);
        assertThat(step.sessionId()).isNull();
    }

    @Test
    void someoneWhoCoLedAndIsPastTheGracePeriodIsAskedToLeadWhenNoCoFacilitationIsOpen() {
        var step = NextStepRules.choose(standing(false, 0, 2, false, false, 0, false, Optional.empty(), Optional.empty()));

        assertThat(step.kind()).isEqualTo(Kind.LEAD_FIRST_SESSION);
    }

    @Test
    void someoneWhoLedLunchAndLearnsLeadsADeepDiveOnAGapTheyKnow() {
        var step = NextStepRules.choose(standing(false, 2, 1, true, false, 2, false, Optional.empty(), GAP));

        assertThat(step.kind()).isEqualTo(Kind.LEAD_DEEP_DIVE);
        assertThat(step.gapId()).isEqualTo(9);
        assertThat(step.headline()).isEqualTo("Lead a deep dive on “Kafka consumer groups”");
    }

    @Test
    void aStrongFacilitatorWhoDoesNotMentorIsAskedToMentor() {
        assertThat(NextStepRules.choose(standing(false, 5, 0, true, true, 2, false, Optional.empty(), GAP)).kind())
                .isEqualTo(Kind.MENTOR);
        assertThat(NextStepRules.choose(standing(false, 3, 0, true, false, 3, false, Optional.empty(), GAP)).kind())
                .as("three topics make a strong facilitator too").isEqualTo(Kind.MENTOR);
    }

    @Test
    void aStrongFacilitatorWhoMentorsAlreadyGetsTheNextOpening() {
        assertThat(NextStepRules.choose(standing(false, 8, 0, true, true, 4, true, Optional.empty(), GAP)).kind())
                .isEqualTo(Kind.LEAD_DEEP_DIVE);
        assertThat(NextStepRules.choose(standing(false, 8, 0, true, true, 4, true, Optional.empty(), Optional.empty()))
                .kind()).isEqualTo(Kind.WRITE_IT_DOWN);
    }
}
