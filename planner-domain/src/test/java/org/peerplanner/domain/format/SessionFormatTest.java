package org.peerplanner.domain.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SessionFormatTest {

    @ParameterizedTest
    @EnumSource(SessionFormat.class)
    void theDefaultLengthFitsTheFormat(SessionFormat format) {
        assertThat(format.fits(format.defaultMinutes())).isTrue();
        assertThat(format.fits(format.minMinutes() - 1)).isFalse();
        assertThat(format.fits(format.maxMinutes() + 1)).isFalse();
    }

    @Test
    void lengthsFollowTheFormats() {
        assertThat(SessionFormat.LUNCH_AND_LEARN.defaultMinutes()).isEqualTo(45);
        assertThat(SessionFormat.DEEP_DIVE.defaultMinutes()).isEqualTo(105);
        assertThat(SessionFormat.PAIRING.defaultMinutes()).isEqualTo(90);
        assertThat(SessionFormat.CODE_REVIEW.defaultMinutes()).isEqualTo(60);
        assertThat(SessionFormat.ROUNDTABLE.defaultMinutes()).isEqualTo(60);
    }
}
