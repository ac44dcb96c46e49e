package org.peerplanner.domain.recognition;

/** What a ledger entry links to: the type of thing, its id and its title as it was then. */
public record Source(String type, long id, String title) {

    public static final String SESSION = "SESSION";
    public static final String ARTICLE = "ARTICLE";
    public static final String GAP = "GAP";
    public static final String ACTION_ITEM = "ACTION_ITEM";
    public static final String MENTORSHIP = "MENTORSHIP";
    public static final String HELP_REQUEST = "HELP_REQUEST";

    public Source {
        title = title == null || title.isBlank() ? type.toLowerCase().replace('_', ' ') + " #" + id
                : title.strip().length() > 200 ? title.strip().substring(0, 199) + "…" : title.strip();
    }
}
