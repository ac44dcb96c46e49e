package org.peerplanner.domain.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Reads import rows against the team (its members, its open gaps) without touching the database,
 * so the preview and the commit judge every row the same way.
 *
 * <p>Decisions taken here: an unknown source does not block a row (it becomes Other, with a note:
 * free-text retro columns are too varied to reject); an owner nobody in the team matches makes
 * the importing manager the reporter, with a note; a missing date means today; a date in the
 * future blocks the row, as it usually means day and month were swapped.
 */
final class GapImportReview {

    /** A team member an owner column can name, by email or full name. */
    record Member(long personId, String fullName, String email) {
    }

    /** From this similarity on, a row is proposed for merging rather than as a new gap. */
    static final double MERGE_SIMILARITY = 0.8;

    private final List<Member> members;
    private final List<GapTitle> openGaps;
    private final PersonRef importer;
    private final LocalDate today;

    GapImportReview(List<Member> members, List<GapTitle> openGaps, PersonRef importer, LocalDate today) {
        this.members = members;
        this.openGaps = openGaps;
        this.importer = importer;
        this.today = today;
    }

    /** Every row with its problems, notes, similar open gaps, similar earlier rows and the proposed decision. */
    List<GapImportPreview> review(List<GapImportRow> rows) {
        return review(rows, true);
    }

    /**
     * Every row with its problems and notes as {@link #review} finds them, without looking for similar titles
     * (no similar gaps or rows, proposals from the problems only): what a commit needs to re-check the rows, since
     * the decisions about duplicates are the manager's.
     */
    List<GapImportPreview> check(List<GapImportRow> rows) {
        return review(rows, false);
    }

    private List<GapImportPreview> review(List<GapImportRow> rows, boolean similarity) {
        List<String> titles = rows.stream().map(row -> GapTags.clean(row.title())).toList();
        Similar similar = similarity ? findSimilar(rows, titles) : Similar.NONE;
        Map<String, List<Member>> byName = new HashMap<>();
        for (Member m : members) {
            byName.computeIfAbsent(GapTags.key(m.fullName()), k -> new ArrayList<>()).add(m);
        }
        List<GapImportPreview> previews = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            previews.add(review(rows.get(i), titles.get(i), similar.gaps(i), similar.rows(i), byName));
        }
        return previews;
    }

    private GapImportPreview review(GapImportRow row, String title, List<GapMatch> similarGaps,
                                    List<Integer> similarRows, Map<String, List<Member>> byName) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
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
        Member reporter = reporter(row.owner(), notes, byName);
        GapImportDecision proposed = propose(problems, similarGaps, similarRows);
        return new GapImportPreview(row.rowNumber(), title, description, votes, source, reportedOn,
                reporter.personId(), reporter.fullName(), List.copyOf(problems), List.copyOf(notes), similarGaps,
                similarRows, proposed);
    }

    /** Per row: the open gaps and the earlier rows with a similar title. */
    private record Similar(List<List<GapMatch>> gaps, List<List<Integer>> rows) {
        static final Similar NONE = new Similar(null, null);

        List<GapMatch> gaps(int row) {
            return gaps == null ? List.of() : gaps.get(row);
        }

        List<Integer> rows(int row) {
            return rows == null ? List.of() : rows.get(row);
        }
    }

    /**
     * The open gaps and earlier rows similar to each titled row. The rows' titles are indexed first (by word and by
     * character trigram, see {@link TitleIndex}), then every row looks for the titles above it; those searches read
     * the finished indexes only, so blocks of rows are searched in parallel, each block with its own scratch
     * counters, and every row gets the same answer as in a single pass from top to bottom.
     */
    private Similar findSimilar(List<GapImportRow> rows, List<String> titles) {
        int n = rows.size();
        TitleSimilarity.Prepared[] prepared = new TitleSimilarity.Prepared[n];
        IntStream.range(0, n).parallel()
                .forEach(i -> prepared[i] = titles.get(i).isEmpty() ? null : TitleSimilarity.prepare(titles.get(i)));
        TitleIndex board = new TitleIndex();
        openGaps.forEach(g -> board.add(TitleSimilarity.prepare(g.title())));
        TitleIndex earlier = new TitleIndex();
        int[] position = new int[n];
        List<Integer> rowNumbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (prepared[i] != null) {
                position[i] = earlier.add(prepared[i]);
                rowNumbers.add(rows.get(i).rowNumber());
            }
        }
        List<GapMatch>[] gaps = newListArray(n);
        List<Integer>[] similarRows = newListArray(n);
        int blocks = (n + SEARCH_BLOCK - 1) / SEARCH_BLOCK;
        IntStream.range(0, blocks).parallel().forEach(block -> {
            TitleIndex.Search boardSearch = board.search();
            TitleIndex.Search earlierSearch = earlier.search();
            for (int i = block * SEARCH_BLOCK; i < Math.min(n, (block + 1) * SEARCH_BLOCK); i++) {
                if (prepared[i] == null) {
                    gaps[i] = List.of();
                    similarRows[i] = List.of();
                } else {
                    gaps[i] = similarGaps(prepared[i], board, boardSearch);
                    similarRows[i] = similarRows(prepared[i], position[i], earlier, earlierSearch, rowNumbers);
                }
            }
        });
        return new Similar(Arrays.asList(gaps), Arrays.asList(similarRows));
    }

    /** Rows searched by one task: enough to outweigh its scratch counters, few enough to balance two cores. */
    private static final int SEARCH_BLOCK = 250;

    @SuppressWarnings("unchecked")
    private static <T> List<T>[] newListArray(int n) {
        return (List<T>[]) new List<?>[n];
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

    private Member reporter(String owner, List<String> notes, Map<String, List<Member>> byName) {
        Member self = new Member(importer.id(), importer.name(), null);
        if (owner == null || owner.isBlank()) {
            return self;
        }
        String wanted = owner.strip();
        List<Member> found = wanted.contains("@")
                ? members.stream().filter(m -> wanted.equalsIgnoreCase(m.email())).toList()
                : byName.getOrDefault(GapTags.key(wanted), List.of());
        if (found.size() == 1) {
            return found.getFirst();
        }
        notes.add((found.isEmpty() ? "Nobody in the team matches the owner “" + wanted + "”"
                : "Several team members are called “" + wanted + "”") + ", so you are recorded as the reporter.");
        return self;
    }

    /** Open gaps with a similar title, closest first; only the index's candidates are scored (see {@link TitleIndex}). */
    private List<GapMatch> similarGaps(TitleSimilarity.Prepared title, TitleIndex board, TitleIndex.Search search) {
        List<GapMatch> matches = new ArrayList<>();
        TitleIndex.Candidates candidates = search.candidates(title, board.size());
        for (int c = 0; c < candidates.size(); c++) {
            int i = candidates.indexes()[c];
            double similarity = TitleSimilarity.score(title, board.get(i), candidates.commonWords()[c]);
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
     * Row numbers, in file order, of the rows above the one indexed at {@code position} with a similar title. Comparing
     * every row with every earlier one costs n²/2 comparisons (50 million for 10,000 rows), so only the index's
     * candidates are scored; the answer is the same as comparing with all of them.
     */
    private static List<Integer> similarRows(TitleSimilarity.Prepared title, int position, TitleIndex earlier,
                                             TitleIndex.Search search, List<Integer> rowNumbers) {
        List<Integer> similar = new ArrayList<>();
        TitleIndex.Candidates candidates = search.candidates(title, position);
        for (int c = 0; c < candidates.size(); c++) {
            int i = candidates.indexes()[c];
            if (TitleSimilarity.score(title, earlier.get(i), candidates.commonWords()[c]) > 0) {
                similar.add(rowNumbers.get(i));
            }
        }
        return similar;
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
