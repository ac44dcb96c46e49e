package org.peerplanner.domain.common;

/** Someone else saved the same record first (optimistic locking). */
public class ConflictException extends RuntimeException {

    public ConflictException(String what) {
        super(what + " was changed by someone else while you were editing. "
                + "Your input is still in the form: reload to see their version, then apply your change again.");
    }
}
