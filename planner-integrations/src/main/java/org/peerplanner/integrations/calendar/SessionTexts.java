package org.peerplanner.integrations.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionStatus;

/**
 * What a session looks like in any calendar, whether it arrives as an invite or through a feed: both carry the same
 * UID, so a person who has both must see the same summary, status and description layout.
 */
public final class SessionTexts {

    private SessionTexts() {
    }

    /** "Deep dive: Kafka", or just the title when it already starts with the format's label. */
    public static String summary(SessionFormat format, String title) {
        String label = format.label();
        String text = title.strip();
        return text.toLowerCase(Locale.ROOT).startsWith(label.toLowerCase(Locale.ROOT)) ? text : label + ": " + text;
    }

    /** A planned session is tentative until its facilitator accepts. */
    public static EventStatus status(SessionStatus status) {
        return switch (status) {
            case PLANNED -> EventStatus.TENTATIVE;
            case CONFIRMED, HELD -> EventStatus.CONFIRMED;
            case CANCELLED -> EventStatus.CANCELLED;
        };
    }

    public static String sessionUrl(String publicUrl, long sessionId) {
        return publicUrl + "/sessions/" + sessionId;
    }

    /** The event's description: blocks separated by a blank line, in the order they are added. */
    public static final class Description {

        private final List<String> blocks = new ArrayList<>();

        public Description cancellation(SessionStatus status, String reason) {
            if (status == SessionStatus.CANCELLED) {
                blocks.add("Cancelled" + (Texts.isBlank(reason) ? "." : ": " + reason.strip()));
            }
            return this;
        }

        public Description text(String text) {
            if (!Texts.isBlank(text)) {
                blocks.add(text.strip());
            }
            return this;
        }

        public Description facilitators(String facilitator, String coFacilitator) {
            if (facilitator == null) {
                blocks.add("Facilitator: not chosen yet, volunteers welcome");
            } else {
                blocks.add("Facilitator: " + facilitator + (coFacilitator == null ? "" : "\nCo-facilitator: " + coFacilitator));
            }
            return this;
        }

        /** A heading with one "- " line per item; left out when there are no items. */
        public Description list(String heading, List<String> items) {
            if (!items.isEmpty()) {
                blocks.add(heading + "\n- " + String.join("\n- ", items));
            }
            return this;
        }

        public Description link(String url) {
            blocks.add("Session page: " + url);
            return this;
        }

        @Override
        public String toString() {
            return String.join("\n\n", blocks);
        }
    }
}
