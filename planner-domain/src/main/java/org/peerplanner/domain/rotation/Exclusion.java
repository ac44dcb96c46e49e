package org.peerplanner.domain.rotation;

/** A member who cannot facilitate a slot and why ("out of office", "declined this slot", ...). */
public record Exclusion(long personId, String name, String reason) {
}
