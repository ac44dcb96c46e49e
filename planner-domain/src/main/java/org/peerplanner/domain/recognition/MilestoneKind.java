package org.peerplanner.domain.recognition;

/** Steps of growth, in the order people usually take them. Each is earned once. */
public enum MilestoneKind {
    FIRST_CO_LED("First session co-led"),
    FIRST_LED("First session led"),
    THREE_TOPICS("Led three different topics"),
    FIVE_PEOPLE_HELPED("Helped five different people"),
    FIRST_ARTICLE_LINKED("First article others linked to"),
    FIRST_MENTEE("First mentee"),
    MENTORSHIP_COMPLETED("Mentorship completed");

    private final String label;

    MilestoneKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
