package org.peerplanner.domain.roundtable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.format.SessionFormat;

class RoundtableRulesTest {

    @Test
    void aRoundtableLasts45To90Minutes() {
        assertThat(SessionFormat.ROUNDTABLE.fits(44)).isFalse();
        assertThat(SessionFormat.ROUNDTABLE.fits(45)).isTrue();
        assertThat(SessionFormat.ROUNDTABLE.fits(90)).isTrue();
        assertThat(SessionFormat.ROUNDTABLE.fits(91)).isFalse();
        assertThat(SessionFormat.ROUNDTABLE.label()).isEqualTo("Peer roundtable");
    }

    @Test
    void onlyTheRoundtableIsConfidentialAndShowsOnlyItsNameBeyondTheRoom() {
        assertThat(SessionFormat.ROUNDTABLE.titleBeyondAttendees("Jonas: on-call handovers"))
                .isEqualTo("Peer roundtable");
        for (SessionFormat other : SessionFormat.values()) {
            if (other != SessionFormat.ROUNDTABLE) {
                assertThat(other.isConfidential()).isFalse();
                assertThat(other.titleBeyondAttendees("Kafka")).isEqualTo("Kafka");
            }
        }
    }

    @Test
    void oneToThreePresentersHoldIt() {
        assertThatThrownBy(() -> RoundtableRules.readyToHold(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least one presenter");
        assertThatCode(() -> RoundtableRules.readyToHold(1)).doesNotThrowAnyException();
        assertThatCode(() -> RoundtableRules.readyToHold(3)).doesNotThrowAnyException();
        assertThatThrownBy(() -> RoundtableRules.readyToHold(4)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 3");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void thereIsRoomForAnotherSlotBelowThree(int slots) {
        assertThatCode(() -> RoundtableRules.roomForAnother(slots)).doesNotThrowAnyException();
    }

    @Test
    void aFourthSlotIsRefused() {
        assertThatThrownBy(() -> RoundtableRules.roomForAnother(3)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("presenters"));
    }

    @Test
    void aProblemIsOneLine() {
        assertThat(RoundtableRules.problem("  Flaky contract tests  ")).isEqualTo("Flaky contract tests");
        assertThatThrownBy(() -> RoundtableRules.problem(" ")).hasMessageContaining("one line");
        assertThatThrownBy(() -> RoundtableRules.problem(null)).hasMessageContaining("one line");
        assertThatThrownBy(() -> RoundtableRules.problem("First line\nsecond line")).hasMessageContaining("one line");
        assertThatThrownBy(() -> RoundtableRules.problem("x".repeat(201))).hasMessageContaining("200");
        assertThat(RoundtableRules.problem("x".repeat(200))).hasSize(200);
    }

    @Test
    void eachPresenterCommitsToSomething() {
        assertThat(RoundtableRules.commitmentProblem("Try a handover template")).isNull();
        assertThat(RoundtableRules.commitmentProblem("")).contains("before the next roundtable");
        assertThat(RoundtableRules.commitmentProblem(null)).contains("before the next roundtable");
        assertThat(RoundtableRules.commitmentProblem("x".repeat(501))).contains("500");
    }

    @Test
    void thePromptsAskForQuestionsAndExperienceNotAdvice() {
        assertThat(RoundtableRules.PROMPTS).hasSizeBetween(3, 6)
                .anySatisfy(p -> assertThat(p).contains("When we\u2026, we found\u2026"))
                .anySatisfy(p -> assertThat(p).containsIgnoringCase("open questions"))
                .allSatisfy(p -> assertThat(p.length()).isLessThan(140));
    }
}
