package org.peerplanner.web.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rendered-feed cache ({@link FeedCache}). What a feed holds is {@code planner.feed.past-days} and
 * {@code cancelled-days}, same prefix, in the domain's {@code FeedSettings}.
 *
 * @param cacheMegabytes heap for rendered feeds (plain and gzipped together); beyond it the least used go
 */
@ConfigurationProperties("planner.feed")
@Validated
public record FeedCacheSettings(@DefaultValue("64") @Positive @Max(16_384) int cacheMegabytes) {

    long cacheBytes() {
        return cacheMegabytes * 1024L * 1024L;
    }
}
