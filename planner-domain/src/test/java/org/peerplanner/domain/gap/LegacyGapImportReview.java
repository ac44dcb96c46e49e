package org.peerplanner.domain.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The duplicate review as it was before {@link TitleIndex} (every row against every earlier row and every open gap,
 * with the cheap lower bounds of {@link TitleSimilarity.Prepared}), kept unchanged as the reference that
 * {@link GapImportReviewEquivalenceTest} compares {@link GapImportReview} with.
 *
 * <p>Original description:
 * Reads import rows against the team (its members, its open gaps) without touching the database,
 * so the preview and the commit judge every row the same way.
 *
 * <p>Decisions taken here: an unknown source does not block a row (it becomes Other, with a note:
 * free-text retro columns are too varied to reject); an owner nobody in the team matches makes
 * the importing manager the reporter, with a note; a missing date means today; a date in the
 * future blocks the row, as it usually means day and month were swapped.
 */
final class LegacyGapImportReview {

    /** From this similarity on, a row is proposed for merging rather than as a new gap. */
    static final double MERGE_SIMILARITY = 0.8;

    private final List<GapImportReview.Member> members;
    private final List<GapTitle> openGaps;
    private final PersonRef importer;
    private final LocalDate today;

    LegacyGapImportReview(List<GapImportReview.Member> members, List<GapTitle> openGaps, PersonRef importer, LocalDate today) {
        this.members = members;
        this.openGaps = openGaps;
        this.importer = importer;
        this.today = today;
    }

    List<GapImportPreview> review(List<GapImportRow> rows) {
        List<GapImportPreview> previews = new ArrayList<>();
        List<TitleSimilarity.Prepared> board = openGaps.stream().map(g -> TitleSimilarity.prepare(g.title())).toList();
        EarlierRows earlier = new EarlierRows();
        for (GapImportRow row : rows) {
            previews.add(review(row, board, earlier));
        }
        return previews;
    }

    private GapImportPreview review(GapImportRow row, List<TitleSimilarity.Prepared> board, EarlierRows earlier) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String title = GapTags.clean(row.title());
        if (title.isEmpty()) {
            problems.add("The title is missing.");
        } else if (title.length() > KnowledgeGap.MAX_TITLE) {
            problems.add("The title has " + title.length() + " characters; at most 200 fit.");
        }
        String description = row.description() == null || row.description().isBlank() ? null : row.description().strip();
        if (description != null && description.length() > KnowledgeGap.MAX_DESCRIPTION) {
            problems.add("The description has " + description.length() + " characters; at most 4000 fit.");
        }
        int votes = row.votes() == null ? 0 : row.votes();
        if (votes < 0) {
            problems.add("Votes cannot be negative (" + votes + ").");
        }
        GapSource source = source(row.source(), notes);
        LocalDate reportedOn = row.date() == null ? today : row.date();
        if (reportedOn.isAfter(today)) {
            problems.add("The date " + reportedOn + " is in the future: were day and month swapped?");
        }
        GapImportReview.Member reporter = reporter(row.owner(), notes);
        TitleSimilarity.Prepared prepared = TitleSimilarity.prepare(title);
        List<GapMatch> similarGaps = title.isEmpty() ? List.of() : similarGaps(prepared, board);
        List<Integer> similarRows = title.isEmpty() ? List.of() : earlier.similarTo(prepared);
        if (!title.isEmpty()) {
            earlier.add(row.rowNumber(), prepared);
        }
        GapImportDecision proposed = propose(problems, similarGaps, similarRows);
        return new GapImportPreview(row.rowNumber(), title, description, votes, source, reportedOn,
                reporter.personId(), reporter.fullName(), List.copyOf(problems), List.copyOf(notes), similarGaps,
                similarRows, proposed);
    }

    private static GapSource source(String text, List<String> notes) {
        if (text == null || text.isBlank()) {
            return GapSource.OTHER;
        }
        return GapSource.parse(text).orElseGet(() -> {
            notes.add("Source “" + text.strip() + "” is not one we know, so it is imported as Other.");
            return GapSource.OTHER;
        });
    }

    private GapImportReview.Member reporter(String owner, List<String> notes) {
        GapImportReview.Member self = new GapImportReview.Member(importer.id(), importer.name(), null);
        if (owner == null || owner.isBlank()) {
            return self;
        }
        String wanted = owner.strip();
        List<GapImportReview.Member> found = members.stream()
                .filter(m -> wanted.contains("@") ? wanted.equalsIgnoreCase(m.email())
                        : GapTags.key(wanted).equals(GapTags.key(m.fullName())))
                .toList();
        if (found.size() == 1) {
            return found.getFirst();
        }
        notes.add((found.isEmpty() ? "Nobody in the team matches the owner “" + wanted + "”"
                : "Several team members are called “" + wanted + "”") + ", so you are recorded as the reporter.");
        return self;
    }

    private List<GapMatch> similarGaps(TitleSimilarity.Prepared title, List<TitleSimilarity.Prepared> board) {
        List<GapMatch> matches = new ArrayList<>();
        for (int i = 0; i < openGaps.size(); i++) {
            double similarity = TitleSimilarity.score(title, board.get(i));
            if (similarity > 0) {
                GapTitle g = openGaps.get(i);
                matches.add(new GapMatch(g.id(), g.title(), g.status(), similarity));
            }
        }
        return matches.stream()
                .sorted(Comparator.comparingDouble(GapMatch::similarity).reversed().thenComparingLong(GapMatch::id))
                .limit(GapBoardService.MAX_MATCHES)
                .toList();
    }

    /**
     * The titled rows reviewed so far, indexed by word. Comparing every row with every earlier one costs
     * n²/2 comparisons (50 million for 10,000 rows), so a row is compared in full only with the rows that
     * share enough words with it for the Jaccard rule, or whose length and characters leave the Levenshtein
     * rule possible; the answer is the same as comparing with all of them.
     */
    private static final class EarlierRows {
        private final List<Integer> rowNumbers = new ArrayList<>();
        private final List<TitleSimilarity.Prepared> titles = new ArrayList<>();
        private final Map<String, List<Integer>> byWord = new HashMap<>();

        void add(int rowNumber, TitleSimilarity.Prepared title) {
            int index = titles.size();
            rowNumbers.add(rowNumber);
            titles.add(title);
            title.words().forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(index));
        }

        /** Row numbers of the earlier rows with a similar title, in file order. */
        List<Integer> similarTo(TitleSimilarity.Prepared title) {
            int[] common = new int[titles.size()];
            for (String word : title.words()) {
                for (int index : byWord.getOrDefault(word, List.of())) {
                    common[index]++;
                }
            }
            List<Integer> similar = new ArrayList<>();
            for (int i = 0; i < titles.size(); i++) {
                TitleSimilarity.Prepared other = titles.get(i);
                // Enough shared words make a pair similar whatever the edit distance, which is then not needed.
                if (title.jaccard(common[i], other) >= TitleSimilarity.MIN_JACCARD
                        || title.mayBeNear(other) && TitleSimilarity.score(title, other) > 0) {
                    similar.add(rowNumbers.get(i));
                }
            }
            return similar;
        }
    }

    private static GapImportDecision propose(List<String> problems, List<GapMatch> similarGaps,
                                             List<Integer> similarRows) {
        if (!problems.isEmpty()) {
            return GapImportDecision.skip(String.join(" ", problems));
        }
        if (!similarRows.isEmpty()) {
            return GapImportDecision.skip("Looks like row " + similarRows.getFirst() + " of this file.");
        }
        if (!similarGaps.isEmpty() && similarGaps.getFirst().similarity() >= MERGE_SIMILARITY) {
            GapMatch best = similarGaps.getFirst();
            return GapImportDecision.mergeInto(best.id())
                    .because("Looks like #" + best.id() + " “" + best.title() + "” already on the board.");
        }
        return GapImportDecision.importIt();
    }
}
