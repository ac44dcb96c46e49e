package org.peerplanner.domain.mail;

/** Published after each send attempt is recorded (outside any transaction); monitoring counts sent and failed mail. */
public record MailAttempted(long id, Outcome outcome) {

    /** FAILED will be tried again; GAVE_UP is dead until an administrator sends it again. */
    public enum Outcome { SENT, FAILED, GAVE_UP }
}
