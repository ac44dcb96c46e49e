package org.peerplanner.domain.help;

/** The board's filters; null means any. */
public record BoardFilter(HelpKind kind, String tag, HelpUrgency urgency) {

    public static BoardFilter none() {
        return new BoardFilter(null, null, null);
    }

    boolean matches(HelpCard card) {
        return (kind == null || card.kind() == kind) && (urgency == null || card.urgency() == urgency)
                && (tag == null || tag.isBlank() || card.tags().stream().anyMatch(t -> t.equalsIgnoreCase(tag.strip())));
    }
}
