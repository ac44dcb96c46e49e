package org.peerplanner.web.session;

import com.vaadin.flow.component.html.Span;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.web.common.Badge;

/** A session's status as a coloured badge: confirmed is good news, cancelled is bad news. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(SessionStatus status) {
        return Badge.of(status.label(), switch (status) {
            case CONFIRMED -> Badge.Tone.SUCCESS;
            case CANCELLED -> Badge.Tone.ERROR;
            case PLANNED, HELD -> Badge.Tone.NEUTRAL;
        });
    }
}
