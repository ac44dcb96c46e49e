package org.peerplanner.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public record Attendee(
        @Column(name = "person_id", nullable = false) long personId,
        @Enumerated(EnumType.STRING) @Column(name = "rsvp", nullable = false, length = 8) Rsvp rsvp) {
}
