package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TitleSimilarityTest {

    @Test
    void normalisingFoldsCaseAccentsPunctuationAndStopWords() {
        assertThat(TitleSimilarity.normalise("  How to use the Kafka consumer-groups?! ")).isEqualTo("kafka consumer groups");
        assertThat(TitleSimilarity.normalise("Zoë's Ångström   résumé")).isEqualTo("zoe s angstrom resume");
        assertThat(TitleSimilarity.normalise("The and of")).isEmpty();
        assertThat(TitleSimilarity.normalise(null)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" ~ \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Kafka consumer groups | kafka consumer-groups?",
            "Kafka consumer groups | Consumer groups in Kafka",
            "Kafka consumer groups | How to use Kafka consumer groups",
            "Testing React hooks | React hooks",
            "Kubernetes networking | Kuberentes networking",
            "SQL indexes | SQL indices",
            "Observability with OpenTelemetry | OpenTelemetry observability",
            "Onboarding: local dev setup | Local dev setup for onboarding"})
    void theseMeanTheSameThing(String a, String b) {
        assertThat(TitleSimilarity.similar(a, b)).isTrue();
        assertThat(TitleSimilarity.similar(b, a)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" ≁ \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Kafka consumer groups | Kubernetes networking",
            "Kafka consumer groups | Kafka",
            "Kafka consumer groups | Kafka producer tuning",
            "React testing | React hooks",
            "Go generics | Go basics",
            "Java | Lava",
            "The | the"})
    void theseAreDifferentTopics(String a, String b) {
        assertThat(TitleSimilarity.similar(a, b)).isFalse();
    }

    @Test
    void theScoreRanksTheClosestFirst() {
        String title = "Kafka consumer groups";

        assertThat(TitleSimilarity.score(title, "kafka consumer-groups?")).isEqualTo(1.0);
        assertThat(TitleSimilarity.score(title, "Kafka consumer group rebalancing"))
                .isBetween(0.0, 1.0).isLessThan(TitleSimilarity.score(title, "Consumer groups in Kafka"));
        assertThat(TitleSimilarity.score(title, "Kubernetes networking")).isZero();
    }
}
