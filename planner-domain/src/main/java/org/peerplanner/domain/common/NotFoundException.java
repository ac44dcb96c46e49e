package org.peerplanner.domain.common;

/**
 * Thrown both when a record does not exist and when it exists but belongs to a team the viewer is
 * not in: an outsider cannot tell the two apart, so edited URLs reveal nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " was not found.");
    }
}
