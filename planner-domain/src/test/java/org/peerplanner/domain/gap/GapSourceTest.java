package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GapSourceTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "retro | RETROSPECTIVE",
            "Retrospective | RETROSPECTIVE",
            "  SPRINT RETRO  | RETROSPECTIVE",
            "1:1 | ONE_ON_ONE",
            "one-on-one | ONE_ON_ONE",
            "1-1 | ONE_ON_ONE",
            "One on One | ONE_ON_ONE",
            "post mortem | POST_MORTEM",
            "post-mortem | POST_MORTEM",
            "Postmortem | POST_MORTEM",
            "incident | POST_MORTEM",
            "onboarding | ONBOARDING_FRICTION",
            "Onboarding friction | ONBOARDING_FRICTION",
            "bug | RECURRING_BUG",
            "recurring bug | RECURRING_BUG",
            "Recurring-Bugs | RECURRING_BUG",
            "new tech | NEW_TECHNOLOGY",
            "technology | NEW_TECHNOLOGY",
            "New Technology! | NEW_TECHNOLOGY",
            "other | OTHER"})
    void readsWhatPeopleType(String text, GapSource expected) {
        assertThat(GapSource.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @EnumSource(GapSource.class)
    void readsItsOwnNamesAndLabels(GapSource source) {
        assertThat(GapSource.parse(source.name())).contains(source);
        assertThat(GapSource.parse(source.label())).contains(source);
    }

    @Test
    void unknownOrEmptyTextIsNoSource() {
        assertThat(GapSource.parse("hallway chat")).isEmpty();
        assertThat(GapSource.parse("   ")).isEmpty();
        assertThat(GapSource.parse(null)).isEmpty();
    }
}
