package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both shortcuts answer "at most k edits apart?" exactly as the full Levenshtein table does. */
class EditDistanceTest {

    /** Small alphabets make near strings likely; the rest: accents, CJK, an emoji (two chars), a space. */
    private static final String[] ALPHABETS = {"ab", "abc ", "kafkonsumr ", "aéèêz李雷 ", "x\uD83D\uDE80y "};

    @Test
    void answersAsTheFullTableDoes() {
        Random random = new Random(42);
        for (int n = 0; n < 40_000; n++) {
            String alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
            String x = randomText(random, alphabet, random.nextInt(80));
            String y = random.nextInt(3) == 0 ? randomText(random, alphabet, random.nextInt(80)) : mutate(x, random, alphabet);
            int distance = levenshtein(x, y);
            for (int k = Math.max(0, distance - 2); k <= distance + 2; k++) {
                boolean expected = distance <= k;
                char[] a = x.toCharArray();
                char[] b = y.toCharArray();
                assertThat(EditDistance.bandedWithin(a, b, k)).as("banded %s / %s, k=%d", x, y, k).isEqualTo(expected);
                char[] shorter = a.length <= b.length ? a : b;
                char[] longer = shorter == a ? b : a;
                if (shorter.length <= Long.SIZE) {
                    assertThat(EditDistance.bitParallelWithin(shorter, longer, k)).as("bit-parallel %s / %s, k=%d", x, y, k)
                            .isEqualTo(expected);
                    assertThat(EditDistance.bitParallelWithin(longer.length <= Long.SIZE ? longer : shorter,
                            longer.length <= Long.SIZE ? shorter : longer, k)).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void patternsOfExactlySixtyFourChars() {
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            String x = randomText(random, "abc", 64);
            String y = mutate(x, random, "abcd");
            int distance = levenshtein(x, y);
            char[] a = x.toCharArray();
            char[] b = y.toCharArray();
            if (a.length <= b.length) {
                assertThat(EditDistance.bitParallelWithin(a, b, distance)).isTrue();
                assertThat(distance == 0 || EditDistance.bitParallelWithin(a, b, distance - 1)).isEqualTo(distance == 0);
            }
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int at = random.nextInt(alphabet.length());
            if (Character.isHighSurrogate(alphabet.charAt(at))) {
                text.append(alphabet, at, at + 2);
            } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
                text.append(alphabet.charAt(at));
            }
        }
        return text.toString();
    }

    private static String mutate(String text, Random random, String alphabet) {
        StringBuilder result = new StringBuilder(text);
        for (int edits = random.nextInt(12); edits > 0; edits--) {
            int at = result.isEmpty() ? 0 : random.nextInt(result.length());
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            switch (random.nextInt(3)) {
                case 0 -> result.insert(at, c);
                case 1 -> {
                    if (!result.isEmpty()) {
                        result.deleteCharAt(at);
                    }
                }
                default -> {
                    if (!result.isEmpty()) {
                        result.setCharAt(at, c);
                    }
                }
            }
        }
        return result.toString();
    }

    /** The whole table, the textbook way. */
    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int substitution = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                d[i][j] = Math.min(substitution, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
