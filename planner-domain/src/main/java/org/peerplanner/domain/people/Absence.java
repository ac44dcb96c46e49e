package org.peerplanner.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An out-of-office period, both days inclusive. */
@Embeddable
public record Absence(
        @Column(name = "starts_on", nullable = false) @NotNull(message = "An absence needs a first day.") LocalDate startsOn,
        @Column(name = "ends_on", nullable = false) @NotNull(message = "An absence needs a last day.") LocalDate endsOn,
        @Column(name = "reason", length = 200) @Size(max = 200, message = "The reason has at most 200 characters.") String reason) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean isWellFormed() {
        return startsOn != null && endsOn != null && !endsOn.isBefore(startsOn);
    }

    public boolean overlaps(Absence other) {
        return !other.endsOn.isBefore(startsOn) && !other.startsOn.isAfter(endsOn);
    }
}
