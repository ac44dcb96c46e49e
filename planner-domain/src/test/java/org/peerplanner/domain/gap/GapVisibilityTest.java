package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GapVisibilityTest {

    private static final long REPORTER = 1;
    private static final long OTHER_MEMBER = 2;

    @Test
    void everyoneInTheTeamSeesAnOrdinaryGap() {
        assertThat(GapVisibility.canSee(false, REPORTER, OTHER_MEMBER, false)).isTrue();
    }

    @Test
    void aConfidentialGapIsSeenByItsReporterAndTheManagersOnly() {
        assertThat(GapVisibility.canSee(true, REPORTER, REPORTER, false)).isTrue();
        assertThat(GapVisibility.canSee(true, REPORTER, OTHER_MEMBER, true)).as("manager or administrator").isTrue();
        assertThat(GapVisibility.canSee(true, REPORTER, OTHER_MEMBER, false)).as("another member").isFalse();
    }

    @Test
    void managersAndTheReporterReviseAGap() {
        assertThat(GapVisibility.canRevise(REPORTER, REPORTER, false)).isTrue();
        assertThat(GapVisibility.canRevise(REPORTER, OTHER_MEMBER, true)).isTrue();
        assertThat(GapVisibility.canRevise(REPORTER, OTHER_MEMBER, false)).isFalse();
    }
}
