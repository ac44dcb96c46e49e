package org.peerplanner.domain.gap;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the board shows. Empty {@code statuses} means every status; null {@code source} or
 * {@code urgency} and blank {@code tag} or {@code search} mean no filter. Merged duplicates are
 * hidden unless {@code includeMerged}.
 */
public record GapFilter(Set<GapStatus> statuses, GapSource source, String tag, Urgency urgency, String search,
                        boolean includeMerged) {

    public GapFilter {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        tag = tag == null ? "" : GapTags.clean(tag);
        search = search == null ? "" : search.strip();
    }

    public static GapFilter everything() {
        return new GapFilter(Set.of(), null, null, null, null, false);
    }

    /** Gaps still waiting for a session: the board's default view. */
    public static GapFilter open() {
        return new GapFilter(Set.of(GapStatus.OPEN, GapStatus.PLANNED), null, null, null, null, false);
    }

    public GapFilter withStatuses(Set<GapStatus> newStatuses) {
        return new GapFilter(newStatuses, source, tag, urgency, search, includeMerged);
    }

    public GapFilter withSource(GapSource newSource) {
        return new GapFilter(statuses, newSource, tag, urgency, search, includeMerged);
    }

    public GapFilter withTag(String newTag) {
        return new GapFilter(statuses, source, newTag, urgency, search, includeMerged);
    }

    public GapFilter withUrgency(Urgency newUrgency) {
        return new GapFilter(statuses, source, tag, newUrgency, search, includeMerged);
    }

    public GapFilter matching(String newSearch) {
        return new GapFilter(statuses, source, tag, urgency, newSearch, includeMerged);
    }

    public GapFilter includingMerged(boolean merged) {
        return new GapFilter(statuses, source, tag, urgency, search, merged);
    }

    Set<GapStatus> statusesOrAll() {
        return statuses.isEmpty() ? EnumSet.allOf(GapStatus.class) : statuses;
    }
}
