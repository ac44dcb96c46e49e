package org.peerplanner.domain.common;

/** The viewer may see the record but not change it, for example a member editing team settings. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
