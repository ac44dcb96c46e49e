package org.peerplanner.domain.houserules;

/** The house rules as saved; {@code cleaned}: script or event-handler markup was removed before saving. */
public record Revised(HouseRulesPage page, boolean cleaned) {

    public static final String CLEANED = "Saved. Scripts, event handlers and similar markup are not allowed in house "
            + "rules, so they were removed; the rest is as you wrote it.";
}
