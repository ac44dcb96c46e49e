package org.peerplanner.domain.team;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** Days without sessions (holidays, release weeks), both days inclusive. */
@Embeddable
public record Blackout(
        @Column(name = "starts_on", nullable = false) LocalDate startsOn,
        @Column(name = "ends_on", nullable = false) LocalDate endsOn,
        @Column(name = "reason", length = 200) String reason) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
