package org.peerplanner.web.common;

import com.vaadin.flow.component.html.Span;

/** A small coloured label: status, urgency, flags. */
public final class Badge {

    public enum Tone { NEUTRAL, SUCCESS, WARNING, ERROR }

    private Badge() {
    }

    public static Span of(String text, Tone tone) {
        var span = new Span(text);
        span.addClassName("planner-badge");
        if (tone != Tone.NEUTRAL) {
            span.addClassName(tone.name().toLowerCase(java.util.Locale.ROOT));
        }
        return span;
    }
}
