package org.peerplanner.web.outcomes.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.outcomes.baseline.BaselineMeasure;
import org.peerplanner.domain.outcomes.baseline.Comparison;

class BeforeAfterSvgTest {

    private static final Comparison FELL = new Comparison(BaselineMeasure.ONBOARDING, 18, 12, 30, 24, -0.2, -0.28,
            -0.12, true, null);
    private static final Comparison TOO_FEW = new Comparison(BaselineMeasure.BUG_REPORTS, 3, 2, 40, 38, 0, 0, 0,
            false, "Not enough data yet");

    @Test
    void drawsTheTeamsResultAndTheClaimAsSeparateMarks() {
        String svg = BeforeAfterSvg.draw(List.of(FELL, TOO_FEW));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(svg).contains("this team \u221220 %", "claim \u221215 %", "claim \u221210 %", "not enough data yet");
        assertThat(svg).containsOnlyOnce("<circle");
        assertThat(svg).contains("stroke-dasharray:6 4");
    }

    @Test
    void theScaleCoversEveryIntervalAndClaimInWholeTens() {
        var wide = new Comparison(BaselineMeasure.ONBOARDING, 18, 12, 30, 12, -0.6, -0.72, -0.41, true, null);
        assertThat(BeforeAfterSvg.range(List.of(wide))).containsExactly(-0.8, 0.3);
        assertThat(BeforeAfterSvg.range(List.of(FELL))).containsExactly(-0.5, 0.3);
        assertThat(BeforeAfterSvg.x(-0.5, new double[] {-0.5, 0.3})).isEqualTo(36.0);
        assertThat(BeforeAfterSvg.x(0.3, new double[] {-0.5, 0.3})).isEqualTo(444.0);
    }
}
