package org.peerplanner.domain.calendar;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a feed's version and its token's owner may be answered from memory (see FeedVersionMemo). On one
 * instance every commit clears it at once; with several instances this is how stale another instance's change may
 * be seen. {@code 0} switches the memo off.
 *
 * @param ttl        {@code planner.feed.version-memo.ttl}, default 5 s
 * @param maxEntries {@code planner.feed.version-memo.max-entries}, default 100,000 (tokens and feed versions)
 */
@ConfigurationProperties("planner.feed.version-memo")
record FeedMemoSettings(@DefaultValue("5s") Duration ttl, @DefaultValue("100000") int maxEntries) {
}
