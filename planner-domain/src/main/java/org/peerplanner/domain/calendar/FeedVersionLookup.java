package org.peerplanner.domain.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which version of a feed a token may see: what a calendar app's conditional poll needs, and all it needs. From
 * memory while nothing was written since it was last read ({@link FeedVersionMemo}), else two small indexed queries
 * (FeedVersions) and no session loaded.
 * <p>
 * Not a transactional service on purpose: the queries need no transaction, and on a poll answered from memory the
 * transaction interceptor around a {@code @Transactional} method was 17 % of the request's CPU time (JFR, issue #17),
 * as much as the rest of the answer. {@link CalendarFeedService} asks here too before it loads a feed.
 */
@Component
public class FeedVersionLookup {

    private final FeedVersions versions;
    private final FeedVersionMemo memo;
    private final Clock clock;
    private final Duration keepPast;
    private final Duration keepCancelled;

    FeedVersionLookup(FeedVersions versions, FeedVersionMemo memo, Clock clock, FeedSettings settings) {
        this.versions = versions;
        this.memo = memo;
        this.clock = clock;
        this.keepPast = settings.keepPast();
        this.keepCancelled = settings.keepCancelled();
    }

    /**
     * The version of a team's feed for the token's owner, while they are in that team. Empty for an unknown or
     * revoked token, or a team the owner is not in.
     */
    public Optional<FeedVersion> teamFeedVersion(String token, long teamId) {
        return owner(token).flatMap(o -> memo.get("team " + teamId + " " + o.personId(),
                () -> versions.team(teamId, o.personId(), horizon(), cancelledCutoff())));
    }

    /** The version of the token owner's personal feed; empty for an unknown or revoked token. */
    public Optional<FeedVersion> personalFeedVersion(String token) {
        return owner(token).flatMap(o -> memo.get("person " + o.personId() + " " + o.state(),
                () -> versions.person(o.personId(), o.state(), horizon(), cancelledCutoff())));
    }

    /**
     * {@link #teamFeedVersion} when memory alone can answer it, else null: for a caller that must not wait for the
     * database (the feed listener's event loop), which then asks {@link #teamFeedVersion} on another thread.
     */
    public Optional<FeedVersion> rememberedTeamFeedVersion(String token, long teamId) {
        Optional<FeedVersions.Owner> owner = rememberedOwner(token);
        if (owner == null || owner.isEmpty()) {
            return owner == null ? null : Optional.empty();
        }
        return memo.remembered("team " + teamId + " " + owner.get().personId());
    }

    /** {@link #personalFeedVersion} when memory alone can answer it, else null (see above). */
    public Optional<FeedVersion> rememberedPersonalFeedVersion(String token) {
        Optional<FeedVersions.Owner> owner = rememberedOwner(token);
        if (owner == null || owner.isEmpty()) {
            return owner == null ? null : Optional.empty();
        }
        return memo.remembered("person " + owner.get().personId() + " " + owner.get().state());
    }

    private Optional<FeedVersions.Owner> rememberedOwner(String token) {
        return plausible(token) ? memo.remembered("owner " + FeedVersions.sha256(token)) : Optional.empty();
    }

    /** The live feed the token opens; empty for an implausible, unknown or revoked token. */
    Optional<FeedVersions.Owner> owner(String token) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        // Remembered by the token's hash (as the database keeps it), never by the token itself.
        String hash = FeedVersions.sha256(token);
        return memo.get("owner " + hash, () -> versions.ownerOfHash(hash));
    }

    /** Past sessions older than this leave the feeds. */
    Instant horizon() {
        return clock.instant().minus(keepPast);
    }

    /** Cancelled sessions stay in the feeds this long, so calendars remove them. */
    Instant cancelledCutoff() {
        return clock.instant().minus(keepCancelled);
    }

    private static boolean plausible(String token) {
        return token != null && token.length() >= 20 && token.length() <= 64;
    }
}
