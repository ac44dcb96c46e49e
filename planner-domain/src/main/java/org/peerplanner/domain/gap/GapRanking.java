package org.peerplanner.domain.gap;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The board's order: highest priority first, then the longest-waiting, then the oldest id (stable paging). */
final class GapRanking {

    private GapRanking() {
    }

    record Ranked<T>(T row, int priority, LocalDate reportedOn, long id) {
    }

    static <T> Comparator<Ranked<T>> order() {
        return Comparator.<Ranked<T>>comparingInt(Ranked::priority).reversed()
                .thenComparing(Ranked::reportedOn)
                .thenComparingLong(Ranked::id);
    }

    static List<Ranked<GapCandidate>> rank(List<GapCandidate> candidates, LocalDate today) {
        return candidates.stream()
                .map(c -> new Ranked<>(c, c.priority(today), c.reportedOn(), c.id()))
                .sorted(GapRanking.<GapCandidate>order())
                .toList();
    }
}
