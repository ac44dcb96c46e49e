package org.peerplanner.domain.action;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An open item as an invite or a calendar feed shows it: no viewer, no permissions. */
public record CarriedItem(long itemId, long teamId, String teamName, String description, long ownerId,
                          String ownerName, LocalDate dueOn, boolean overdue, Instant updatedAt) {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** "Write the runbook for consumer lag (Aisha Khan, due 3 Dec)". */
    public String line() {
        return description + " (" + ownerName + ", due " + dueOn.format(DUE) + ")";
    }
}
