package org.peerplanner.domain.recognition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every kind of contribution the ledger knows, in the order pages and exports show them. A feature that brings a new
 * kind adds one constant here and lists it in {@link #ALL}; its listener records entries with it (see package-info).
 */
public final class ContributionKinds {

    public static final ContributionKind SESSION_LED = new ContributionKind("SESSION_LED", "Led a session");
    public static final ContributionKind SESSION_CO_LED = new ContributionKind("SESSION_CO_LED", "Co-led a session");
    public static final ContributionKind PAIRED = new ContributionKind("PAIRED", "Paired in a pairing session");
    public static final ContributionKind ARTICLE_WRITTEN = new ContributionKind("ARTICLE_WRITTEN", "Wrote an article");
    public static final ContributionKind ARTICLE_REVISED =
            new ContributionKind("ARTICLE_REVISED", "Revised an article substantially");
    public static final ContributionKind GAP_CLOSED = new ContributionKind("GAP_CLOSED", "Closed a gap with evidence");
    public static final ContributionKind ARTICLE_CITED =
            new ContributionKind("ARTICLE_CITED", "Wrote the article that closed a gap");
    public static final ContributionKind ACTION_ITEM_DONE =
            new ContributionKind("ACTION_ITEM_DONE", "Completed an action item");
    public static final ContributionKind MENTEE_TAKEN = new ContributionKind("MENTEE_TAKEN", "Took on a mentee");
    public static final ContributionKind MENTORSHIP_COMPLETED =
            new ContributionKind("MENTORSHIP_COMPLETED", "Completed a mentorship");
    public static final ContributionKind HELP_ANSWERED =
            new ContributionKind("HELP_ANSWERED", "Answered a help request");

    public static final List<ContributionKind> ALL = List.of(SESSION_LED, SESSION_CO_LED, PAIRED, ARTICLE_WRITTEN,
            ARTICLE_REVISED, GAP_CLOSED, ARTICLE_CITED, ACTION_ITEM_DONE, MENTEE_TAKEN, MENTORSHIP_COMPLETED, HELP_ANSWERED);

    /** Leading or co-leading: who has never done either is who a manager may invite. */
    public static final Set<String> LEADING = Set.of(SESSION_LED.code(), SESSION_CO_LED.code());

    /**
     * Private to the two people: a mentorship is nobody else's business, so these entries carry no team and never
     * reach a manager's view.
     */
    public static final Set<String> PRIVATE = Set.of(MENTEE_TAKEN.code(), MENTORSHIP_COMPLETED.code());

    private static final Map<String, ContributionKind> BY_CODE = new LinkedHashMap<>();

    static {
        ALL.forEach(k -> BY_CODE.put(k.code(), k));
    }

    private ContributionKinds() {
    }

    /** The kind stored as {@code code}; one no longer listed still reads as its code rather than failing a page. */
    public static ContributionKind of(String code) {
        return BY_CODE.getOrDefault(code, new ContributionKind(code, code));
    }
}
