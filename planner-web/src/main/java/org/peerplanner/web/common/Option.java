package org.peerplanner.web.common;

/** Something to pick in a form: a person or a gap, by id and the name people recognise. */
public record Option(long id, String label) {
}
