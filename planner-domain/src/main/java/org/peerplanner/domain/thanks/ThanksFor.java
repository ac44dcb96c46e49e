package org.peerplanner.domain.thanks;

/**
 * What a thank-you is for. Stored by name without a lookup table, so a feature that arrives later (help requests:
 * {@link #ANSWER}) only adds a {@link ThanksSubjects} that knows its subjects. {@link #HELP} needs no subject: the
 * giver says in a few words what the help was.
 */
public enum ThanksFor {
    SESSION("a session", true),
    PAIRING("a pairing", true),
    ARTICLE("an article", true),
    ANSWER("an answer", true),
    HELP("their help", false);

    private final String label;
    private final boolean subject;

    ThanksFor(String label, boolean subject) {
        this.label = label;
        this.subject = subject;
    }

    public String label() {
        return label;
    }

    /** Whether it points at a record (a session, an article, ...) rather than words of the giver. */
    public boolean hasSubject() {
        return subject;
    }
}
