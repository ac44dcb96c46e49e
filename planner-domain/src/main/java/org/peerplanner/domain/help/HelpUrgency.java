package org.peerplanner.domain.help;

import java.time.Duration;

/** How soon the asker needs an answer; it sets how long the people asked have before the next ones are asked. */
public enum HelpUrgency {
    TODAY("Today", Duration.ofHours(2)),
    THIS_WEEK("This week", Duration.ofDays(1)),
    WHENEVER("Whenever", Duration.ofDays(3));

    private final String label;
    private final Duration defaultWindow;

    HelpUrgency(String label, Duration defaultWindow) {
        this.label = label;
        this.defaultWindow = defaultWindow;
    }

    public String label() {
        return label;
    }

    /** The window when the team has set none of its own. */
    public Duration defaultWindow() {
        return defaultWindow;
    }
}
