package org.peerplanner.domain.gap;

/** Someone who offered to teach an open or planned gap carrying {@code tag}; what help routing counts. */
public record TagTeacher(long personId, String tag) {
}
