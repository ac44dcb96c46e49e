package org.peerplanner.domain.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What a calendar feed keeps from the past: calendar apps fetch the whole feed every time, so old sessions cost
 * every subscriber on every poll. (The web's rendered-feed cache is {@code planner.feed.cache-megabytes}, same
 * prefix, in the web module.)
 *
 * @param pastDays      sessions and due dates further back than this drop out of the feed
 * @param cancelledDays a cancelled session stays this long, so calendars that saw it learn it is off
 */
@ConfigurationProperties("planner.feed")
@Validated
public record FeedSettings(@DefaultValue("90") @PositiveOrZero @Max(3650) int pastDays,
                           @DefaultValue("30") @PositiveOrZero @Max(3650) int cancelledDays) {

    Duration keepPast() {
        return Duration.ofDays(pastDays);
    }

    Duration keepCancelled() {
        return Duration.ofDays(cancelledDays);
    }
}
