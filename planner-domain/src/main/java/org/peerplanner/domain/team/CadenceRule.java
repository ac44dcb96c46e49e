package org.peerplanner.domain.team;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * A cadence with what it needs: a sprint cadence also has the sprint length and a sprint's first
 * day, so every later sprint start can be derived.
 */
@Embeddable
public record CadenceRule(
        @Enumerated(EnumType.STRING) @Column(name = "cadence", nullable = false, length = 16) Cadence cadence,
        @Column(name = "sprint_weeks") Integer sprintWeeks,
        @Column(name = "sprint_start") LocalDate sprintStart) {

    public static CadenceRule weekly() {
        return new CadenceRule(Cadence.WEEKLY, null, null);
    }

    public static CadenceRule everyTwoWeeks() {
        return new CadenceRule(Cadence.EVERY_TWO_WEEKS, null, null);
    }

    public static CadenceRule everySprint(Integer weeks, LocalDate firstSprintStart) {
        return new CadenceRule(Cadence.EVERY_SPRINT, weeks, firstSprintStart);
    }

    /** Weeks between two sessions. */
    public int intervalWeeks() {
        return switch (cadence) {
            case WEEKLY -> 1;
            case EVERY_TWO_WEEKS -> 2;
            case EVERY_SPRINT -> sprintWeeks;
        };
    }

    public boolean isComplete() {
        return cadence != Cadence.EVERY_SPRINT
                || (sprintWeeks != null && sprintWeeks >= 1 && sprintWeeks <= 8 && sprintStart != null);
    }

    public String describe() {
        return cadence == Cadence.EVERY_SPRINT
                ? "Every sprint (%d weeks, from %s)".formatted(sprintWeeks, sprintStart)
                : cadence.label();
    }
}
