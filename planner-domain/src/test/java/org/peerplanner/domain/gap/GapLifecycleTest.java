package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerplanner.domain.gap.TestGaps.MANAGER;
import static org.peerplanner.domain.gap.TestGaps.later;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peerplanner.domain.common.InvalidInputException;

class GapLifecycleTest {

    enum Step {
        PLAN(g -> g.plan("12 May: Kafka consumer groups", MANAGER, later(5))),
        MARK_ADDRESSED(g -> g.markAddressed("Well attended", MANAGER, later(5))),
        CLOSE(g -> g.close("Covered by the session", MANAGER, later(5))),
        DECLINE(g -> g.decline("We are moving off Kafka", MANAGER, later(5))),
        REOPEN(g -> g.reopen("Came up again in the retro", MANAGER, later(5)));

        final Consumer<KnowledgeGap> action;

        Step(Consumer<KnowledgeGap> action) {
            this.action = action;
        }
    }

    /** A gap brought into {@code status} along legal steps. */
    static KnowledgeGap gapIn(GapStatus status) {
        KnowledgeGap gap = TestGaps.gap(1);
        switch (status) {
            case OPEN -> { }
            case PLANNED -> gap.plan("Session 1", MANAGER, later(1));
            case ADDRESSED -> {
                gap.plan("Session 1", MANAGER, later(1));
                gap.markAddressed(null, MANAGER, later(2));
            }
            case CLOSED -> gap.close("Obsolete", MANAGER, later(1));
            case DECLINED -> gap.decline("Not for us", MANAGER, later(1));
        }
        assertThat(gap.getStatus()).isEqualTo(status);
        return gap;
    }

    static Stream<Arguments> legal() {
        return Stream.of(
                Arguments.of(GapStatus.OPEN, Step.PLAN, GapStatus.PLANNED),
                Arguments.of(GapStatus.OPEN, Step.CLOSE, GapStatus.CLOSED),
                Arguments.of(GapStatus.OPEN, Step.DECLINE, GapStatus.DECLINED),
                Arguments.of(GapStatus.PLANNED, Step.MARK_ADDRESSED, GapStatus.ADDRESSED),
                Arguments.of(GapStatus.PLANNED, Step.CLOSE, GapStatus.CLOSED),
                Arguments.of(GapStatus.PLANNED, Step.DECLINE, GapStatus.DECLINED),
                Arguments.of(GapStatus.ADDRESSED, Step.CLOSE, GapStatus.CLOSED),
                Arguments.of(GapStatus.CLOSED, Step.REOPEN, GapStatus.OPEN),
                Arguments.of(GapStatus.DECLINED, Step.REOPEN, GapStatus.OPEN));
    }

    static Stream<Arguments> illegal() {
        return Stream.of(
                Arguments.of(GapStatus.OPEN, Step.MARK_ADDRESSED, "No session is planned"),
                Arguments.of(GapStatus.OPEN, Step.REOPEN, "still open"),
                Arguments.of(GapStatus.PLANNED, Step.PLAN, "already planned"),
                Arguments.of(GapStatus.PLANNED, Step.REOPEN, "still planned"),
                Arguments.of(GapStatus.ADDRESSED, Step.PLAN, "already addressed"),
                Arguments.of(GapStatus.ADDRESSED, Step.MARK_ADDRESSED, "is addressed"),
                Arguments.of(GapStatus.ADDRESSED, Step.DECLINE, "close it instead"),
                Arguments.of(GapStatus.ADDRESSED, Step.REOPEN, "is addressed"),
                Arguments.of(GapStatus.CLOSED, Step.PLAN, "is closed"),
                Arguments.of(GapStatus.CLOSED, Step.MARK_ADDRESSED, "is closed"),
                Arguments.of(GapStatus.CLOSED, Step.CLOSE, "is closed"),
                Arguments.of(GapStatus.CLOSED, Step.DECLINE, "is closed"),
                Arguments.of(GapStatus.DECLINED, Step.PLAN, "is declined"),
                Arguments.of(GapStatus.DECLINED, Step.MARK_ADDRESSED, "is declined"),
                Arguments.of(GapStatus.DECLINED, Step.CLOSE, "was declined"),
                Arguments.of(GapStatus.DECLINED, Step.DECLINE, "is declined"));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("legal")
    void aLegalStepChangesTheStatusAndLeavesAHistoryLine(GapStatus from, Step step, GapStatus to) {
        KnowledgeGap gap = gapIn(from);
        int lines = gap.getHistory().size();

        step.action.accept(gap);

        assertThat(gap.getStatus()).isEqualTo(to);
        assertThat(gap.getHistory()).hasSize(lines + 1);
        GapHistoryEntry last = gap.getHistory().getLast();
        assertThat(last.getFromStatus()).isEqualTo(from);
        assertThat(last.getToStatus()).isEqualTo(to);
        assertThat(last.getPersonId()).isEqualTo(MANAGER.id());
        assertThat(last.getPersonName()).isEqualTo("Maria Manager");
        assertThat(last.getHappenedAt()).isEqualTo(later(5));
        assertThat(last.getNote()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} cannot {1}")
    @MethodSource("illegal")
    void anIllegalStepIsRefusedWithAReadableMessageAndChangesNothing(GapStatus from, Step step, String message) {
        KnowledgeGap gap = gapIn(from);
        int lines = gap.getHistory().size();

        assertThatThrownBy(() -> step.action.accept(gap))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("status"))
                .hasMessageContaining(message);
        assertThat(gap.getStatus()).isEqualTo(from);
        assertThat(gap.getHistory()).hasSize(lines);
    }

    @Test
    void loggingIsTheFirstHistoryLine() {
        KnowledgeGap gap = TestGaps.gap(1);

        assertThat(gap.getHistory()).singleElement().satisfies(line -> {
            assertThat(line.getEvent()).isEqualTo(GapEvent.LOGGED);
            assertThat(line.getFromStatus()).isNull();
            assertThat(line.getToStatus()).isEqualTo(GapStatus.OPEN);
            assertThat(line.getPersonName()).isEqualTo("Maria Manager");
        });
    }

    @Test
    void closingDecliningAndReopeningNeedANoteAndPlanningNeedsTheSession() {
        KnowledgeGap gap = TestGaps.gap(1);

        assertThatThrownBy(() -> gap.close("  ", MANAGER, later(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("note"));
        assertThatThrownBy(() -> gap.decline(null, MANAGER, later(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("note"));
        assertThatThrownBy(() -> gap.plan("", MANAGER, later(1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("sessionReference"));
        gap.close("Obsolete", MANAGER, later(1));
        assertThatThrownBy(() -> gap.reopen(" ", MANAGER, later(2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("note"));
        assertThat(gap.getStatus()).isEqualTo(GapStatus.CLOSED);
    }

    @Test
    void planningKeepsTheSessionReferenceAndReopeningForgetsIt() {
        KnowledgeGap gap = TestGaps.gap(1);

        gap.plan("  12 May: Kafka  ", MANAGER, later(1));
        assertThat(gap.getSessionReference()).isEqualTo("12 May: Kafka");
        gap.decline("Speaker left", MANAGER, later(2));
        gap.reopen("Someone else can teach it", MANAGER, later(3));

        assertThat(gap.getSessionReference()).isNull();
        assertThat(gap.getHistory()).extracting(GapHistoryEntry::getEvent)
                .containsExactly(GapEvent.LOGGED, GapEvent.PLANNED, GapEvent.DECLINED, GapEvent.REOPENED);
    }

    @Test
    void revisingTitleAndUrgencyIsKeptInTheHistoryButOtherEditsAreNot() {
        KnowledgeGap gap = TestGaps.gap(1, "Kafka consumer groups");

        gap.revise(GapDraft.of("Kafka consumer groups", GapSource.RETROSPECTIVE, Urgency.MEDIUM)
                .describedAs("Rebalancing confuses us"), MANAGER, later(1));
        gap.revise(GapDraft.of("Kafka consumer group rebalancing", GapSource.RETROSPECTIVE, Urgency.HIGH),
                MANAGER, later(2));

        assertThat(gap.getHistory()).extracting(GapHistoryEntry::getNote).containsExactly(null,
                "Title changed from “Kafka consumer groups” to “Kafka consumer group rebalancing”.",
                "Urgency changed from Medium to High.");
    }

    @Test
    void tagsAreDeduplicatedIgnoringCaseAccentsAndSpaces() {
        KnowledgeGap gap = TestGaps.gap(1);

        gap.revise(GapDraft.of("Kafka consumer groups", GapSource.RETROSPECTIVE, Urgency.MEDIUM)
                .taggedWith(java.util.List.of("Kafka", " kafka ", "Káfka", "stream  processing")), MANAGER, later(1));

        assertThat(gap.getTags()).containsExactly("Kafka", "stream processing");
    }
}
