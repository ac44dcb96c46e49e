package org.peerplanner.web.calendar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The feed listener ({@link FeedListener}): calendar feeds on a port of their own, answered by an event loop, for
 * deployments whose proxy routes {@code /calendar/} there (README, "Calendar feeds"). Off unless {@code port} is set.
 *
 * @param port         the listener's port; 0 (the default) leaves it off, and feeds are served on the app's port only
 *                     (they still are when it is on)
 * @param address      where it listens: loopback by default, for a proxy on the same host; {@code 0.0.0.0} for a
 *                     proxy elsewhere. It speaks plain HTTP: TLS and HSTS are the proxy's business
 * @param renderThreads threads that may wait for the database (a token or version not in memory, a feed to render);
 *                     the event loops (one per core) never do
 * @param publicUrl    the address subscription links use for feeds, e.g. {@code https://feeds.example.com}, when
 *                     they are served elsewhere than {@code planner.public-url}; empty: that public URL
 */
@ConfigurationProperties("planner.feed")
@Validated
public record FeedListenerSettings(
        @DefaultValue("0") @Min(0) @Max(65_535) int port,
        @DefaultValue("127.0.0.1") @NotBlank String address,
        @DefaultValue("4") @Positive @Max(64) int renderThreads,
        @DefaultValue("") @Pattern(regexp = "(https?://[^/?#\\s]+(/\\S*)?)?",
                message = "must be empty or an absolute http(s) URL such as https://feeds.example.com")
        String publicUrl) {

    public FeedListenerSettings {
        publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }
}
