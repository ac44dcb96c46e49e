package org.peerplanner.domain.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link GapImportReview} finds similar rows and gaps through {@link TitleIndex} instead of comparing every pair.
 * On generated files full of near-duplicates (typos, reordered and dropped words, other case, accents, very short
 * and very long titles, titles that normalise to nothing) its previews must equal those of the brute-force review
 * it replaced ({@link LegacyGapImportReview}) and the similar rows and gaps must be exactly those the plain rule
 * gives (normalised equality, Jaccard, the full Levenshtein table: none of the shortcuts both reviews share).
 */
class GapImportReviewEquivalenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
    private static final PersonRef IMPORTER = new PersonRef(1, "Maria Manager");
    private static final List<GapImportReview.Member> MEMBERS = List.of(
            new GapImportReview.Member(5, "Zoë Ångström", "zoe@example.com"),
            new GapImportReview.Member(6, "Sam Lee", "sam@example.com"),
            new GapImportReview.Member(7, "Sam Lee", "sam.lee@example.com"));

    private static final String[] WORDS = {"Kafka", "consumer", "groups", "Kubernetes", "probes", "Terraform", "state",
            "GraphQL", "Postgres", "index", "indexes", "indices", "vacuum", "Redis", "cache", "Grafana", "alerts",
            "Docker", "builds", "Maven", "Gradle", "Flyway", "migrations", "Café", "Zoë", "naïve", "go", "CI", "S3",
            "k8s", "io", "OAuth2", "JWT", "Spring", "Security", "Vaadin", "grids", "tests", "flaky", "Helm", "charts",
            "李雷", "日本語", "🚀", "x", "ab", "abc", "abcd", "abcde"};
    private static final String[] STOP = {"the", "a", "how", "to", "in", "of", "for", "with", "using", "and"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void previewsEqualTheBruteForceReview(long seed) {
        Random random = new Random(seed);
        List<GapTitle> board = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String title = i > 0 && random.nextInt(4) == 0 ? variant(board.get(random.nextInt(i)).title(), random)
                    : title(random);
            board.add(new GapTitle(100 + i, title, random.nextBoolean() ? GapStatus.OPEN : GapStatus.PLANNED));
        }
        List<GapImportRow> rows = new ArrayList<>();
        for (int n = 0; n < 600; n++) {
            int kind = random.nextInt(10);
            String title;
            if (kind < 4 && !seen.isEmpty()) {
                title = variant(seen.get(random.nextInt(seen.size())), random);
            } else if (kind < 6) {
                title = variant(board.get(random.nextInt(board.size())).title(), random);
            } else if (kind < 7) {
                title = random.nextBoolean() ? "" : random.nextBoolean() ? "How to?" : "x".repeat(210);
            } else {
                title = title(random);
            }
            seen.add(title);
            String owner = switch (random.nextInt(5)) {
                case 0 -> "zoe angstrom";
                case 1 -> "SAM@example.com";
                case 2 -> "Sam Lee";
                case 3 -> "someone else";
                default -> null;
            };
            rows.add(new GapImportRow(n + 2, title, random.nextInt(8) == 0 ? null : "d", random.nextInt(7) - 1,
                    random.nextBoolean() ? "retro" : "hallway", TODAY.minusDays(random.nextInt(40) - 2), owner));
        }

        var fast = new GapImportReview(MEMBERS, board, IMPORTER, TODAY);
        var expected = new LegacyGapImportReview(MEMBERS, board, IMPORTER, TODAY).review(rows);
        var actual = fast.review(rows);

        assertThat(actual).isEqualTo(expected);
        assertThat(actual).as("the generator must produce duplicates")
                .anySatisfy(p -> assertThat(p.similarRows()).isNotEmpty())
                .anySatisfy(p -> assertThat(p.similarGaps()).isNotEmpty());
        for (int i = 0; i < rows.size(); i++) {
            List<Integer> similar = new ArrayList<>();
            String title = actual.get(i).title();
            for (int j = 0; j < i && !title.isEmpty(); j++) {
                if (!actual.get(j).title().isEmpty() && plainScore(title, actual.get(j).title()) > 0) {
                    similar.add(rows.get(j).rowNumber());
                }
            }
            assertThat(actual.get(i).similarRows()).as("row %d “%s”", rows.get(i).rowNumber(), title)
                    .isEqualTo(similar);
            assertThat(actual.get(i).similarGaps()).as("gaps like row %d “%s”", rows.get(i).rowNumber(), title)
                    .isEqualTo(plainSimilarGaps(title, board));
        }
        // The commit's check: the same rows without the similarity search.
        var checked = fast.check(rows);
        for (int i = 0; i < rows.size(); i++) {
            GapImportPreview p = actual.get(i);
            assertThat(checked.get(i)).isEqualTo(new GapImportPreview(p.rowNumber(), p.title(), p.description(),
                    p.votes(), p.source(), p.reportedOn(), p.reporterId(), p.reporterName(), p.problems(), p.notes(),
                    List.of(), List.of(), checked.get(i).proposed()));
            assertThat(checked.get(i).importable()).isEqualTo(p.importable());
        }
    }

    /** The open gaps the plain rule finds similar, closest first, as many as the preview lists. */
    private static List<GapMatch> plainSimilarGaps(String title, List<GapTitle> board) {
        if (title.isEmpty()) {
            return List.of();
        }
        return board.stream()
                .map(g -> new GapMatch(g.id(), g.title(), g.status(), plainScore(title, g.title())))
                .filter(m -> m.similarity() > 0)
                .sorted(Comparator.comparingDouble(GapMatch::similarity).reversed().thenComparingLong(GapMatch::id))
                .limit(GapBoardService.MAX_MATCHES)
                .toList();
    }

    /** The rule as TitleSimilarity states it, without any shortcut. */
    private static double plainScore(String a, String b) {
        String x = TitleSimilarity.normalise(a);
        String y = TitleSimilarity.normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y)) {
            return 1;
        }
        double jaccard = TitleSimilarity.jaccard(x, y);
        double levenshtein = TitleSimilarity.levenshteinSimilarity(x, y);
        return jaccard >= TitleSimilarity.MIN_JACCARD || levenshtein >= TitleSimilarity.MIN_LEVENSHTEIN
                ? Math.max(jaccard, levenshtein) : 0;
    }

    private static String title(Random random) {
        int words = 1 + random.nextInt(random.nextInt(5) == 0 ? 2 : 7);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                title.append(random.nextInt(6) == 0 ? " - " : " ");
            }
            title.append(random.nextInt(6) == 0 ? STOP[random.nextInt(STOP.length)] : WORDS[random.nextInt(WORDS.length)]);
        }
        return title.toString();
    }

    /** Someone else's wording of the same title: typos, a word more or less, reordered, other case, punctuation. */
    private static String variant(String title, Random random) {
        String text = title;
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            switch (random.nextInt(9)) {
                case 0, 1 -> text = edit(text, random);
                case 2 -> text = text.toUpperCase(Locale.ROOT);
                case 3 -> text = text + " " + WORDS[random.nextInt(WORDS.length)];
                case 4 -> {
                    int space = text.lastIndexOf(' ');
                    text = space > 0 ? text.substring(0, space) : text;
                }
                case 5 -> {
                    int space = text.indexOf(' ');
                    text = space > 0 ? text.substring(space + 1) + " " + text.substring(0, space) : text;
                }
                case 6 -> text = text + "?";
                case 7 -> text = "How to " + text;
                default -> text = text.replace('e', 'é');
            }
        }
        return text;
    }

    private static String edit(String text, Random random) {
        if (text.length() < 2) {
            return text + "s";
        }
        int at = random.nextInt(text.length() - 1);
        char[] chars = text.toCharArray();
        return switch (random.nextInt(4)) {
            case 0 -> { // swap two letters
                char swap = chars[at];
                chars[at] = chars[at + 1];
                chars[at + 1] = swap;
                yield new String(chars);
            }
            case 1 -> text.substring(0, at) + text.substring(at + 1); // drop one
            case 2 -> text.substring(0, at) + (char) ('a' + random.nextInt(26)) + text.substring(at); // add one
            default -> text.substring(0, at) + (char) ('a' + random.nextInt(26)) + text.substring(at + 1);
        };
    }
}
