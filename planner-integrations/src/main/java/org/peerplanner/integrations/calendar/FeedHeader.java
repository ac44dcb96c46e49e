package org.peerplanner.integrations.calendar;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What a subscribed calendar shows for the feed itself.
 *
 * @param name        e.g. "Peer learning – Mobile Apps" (X-WR-CALNAME)
 * @param zone        the team's (or, for a personal feed, the viewer's) zone: the default a client uses for the
 *                    feed (X-WR-TIMEZONE); its VTIMEZONE is always included, so even an empty feed is valid
 * @param publisher   ORGANIZER of the entries that have none, such as due dates: RFC 5546 requires one in every
 *                    published event. Typically Peer Planner's own sender address.
 * @param description may be null (X-WR-CALDESC)
 */
public record FeedHeader(String name, ZoneId zone, Person publisher, String description) {

    public FeedHeader {
        name = Texts.requireText(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(publisher, "publisher");
    }
}
