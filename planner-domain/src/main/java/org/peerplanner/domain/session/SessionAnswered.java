package org.peerplanner.domain.session;

/**
 * Published in the transaction when a person answered what a session asked of them: whether they lead it
 * (accepted or declined), whether they take its swap, or whether they come. What asked them that (a notification)
 * has then been dealt with; other questions about the same session stay open.
 */
public record SessionAnswered(long sessionId, long personId, Question question) {

    public enum Question { LEAD, SWAP, RSVP }
}
