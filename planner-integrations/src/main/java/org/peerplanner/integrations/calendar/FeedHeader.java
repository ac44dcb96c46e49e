package org.peerplanner.integrations.calendar;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What a subscribed calendar shows for the feed itself.
 *
 * @param name        e.g. "Peer learning – Mobile Apps" (X-WR-CALNAME)
 * @param zone        the team's zone, the default a client uses for the feed (X-WR-TIMEZONE)
 * @param description may be null (X-WR-CALDESC)
 */
public record FeedHeader(String name, ZoneId zone, String description) {

    public FeedHeader {
        name = Texts.requireText(name, "name");
        Objects.requireNonNull(zone, "zone");
    }
}
