package org.peerplanner.domain.action;

import java.time.ZonedDateTime;
import java.util.Comparator;

/**
 * How the team review lists items: overdue first, always; then grouped by the session they came from (latest
 * session first, gap items last) or by owner; within a group by due date.
 */
public enum ReviewOrder {
    BY_SESSION(Comparator.comparing((ActionItemView i) -> !i.overdue())
            .thenComparing(ActionItemView::sessionStart, Comparator.nullsLast(Comparator.<ZonedDateTime>reverseOrder()))
            .thenComparing(ActionItemView::source, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> !i.open())
            .thenComparing(ActionItemView::dueOn)
            .thenComparing(ActionItemView::id)),
    BY_OWNER(Comparator.comparing((ActionItemView i) -> !i.overdue())
            .thenComparing(ActionItemView::ownerName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(i -> !i.open())
            .thenComparing(ActionItemView::dueOn)
            .thenComparing(ActionItemView::id));

    private final Comparator<ActionItemView> comparator;

    ReviewOrder(Comparator<ActionItemView> comparator) {
        this.comparator = comparator;
    }

    public Comparator<ActionItemView> comparator() {
        return comparator;
    }
}
