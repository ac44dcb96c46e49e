package org.peerplanner.domain.calendar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A feed's fingerprint from ONE statement of aggregates over indexed rows, without loading a session: per table
 * the feed reads, how many rows it shows and the sum of their {@code @Version}s (every edit raises one, also of the
 * attendee and gap collections, which Hibernate counts as the session's own change) and of their ids (a row that
 * leaves while another enters). The people named as facilitators, the gaps' titles, the team (name, zone, reminder)
 * and, in a personal feed, the owner, their memberships, action items and mentorships are in it too, and so is today's date in
 * the feed's zone ("overdue" and which sessions have aged out depend on it).
 * <p>
 * Timestamps alone would not do: on MariaDB, MySQL Connector/J (which sees "5.5.5") drops fractional seconds, so
 * two edits within one second share one.
 */
@Component
class FeedVersions {

    /** The sessions a feed shows: recent and upcoming, cancelled ones only for a while after the cancellation. */
    private static final String SHOWN = "ls.team_id %s and ls.starts_at >= :horizon "
            + "and (ls.status <> 'CANCELLED' or ls.updated_at >= :cancelledCutoff)";

    /** Six columns: shown sessions (count, versions, ids, last change), their facilitators, their gaps. */
    private static final String SESSIONS = """
            cross join (select count(*) n, coalesce(sum(ls.version), 0) v, coalesce(sum(ls.id), 0) i,
                               max(ls.updated_at) changed
                          from learning_session ls where %1$s) s
            cross join (select coalesce(sum(p.version * 7 + p.id), 0) v from learning_session ls
                          join person p on p.id = ls.facilitator_id or p.id = ls.co_facilitator_id where %1$s) f
            cross join (select coalesce(sum(g.version * 7 + g.id), 0) v from learning_session ls
                          join session_gap sg on sg.session_id = ls.id join knowledge_gap g on g.id = sg.gap_id
                         where %1$s) g
            """;

    private static final String TEAM = """
            select t.version, t.time_zone,
                   (select count(*) from membership m where m.team_id = t.id and m.person_id = :reader),
                   s.n, s.v, s.i, s.changed, f.v, g.v
              from team t
            """ + SESSIONS.formatted(SHOWN.formatted("= :team")) + " where t.id = :team";

    private static final String MY_TEAMS = "in (select m.team_id from membership m where m.person_id = :person)";

    /**
     * Columns 15 to 18: the owner's mentorships (count, versions and ids, when their meetings last changed) and the
     * two people in each (a name, address or zone shows in the series). Ended ones stay in the sums: harmless, and
     * which of them the feed still shows follows from today's date, which is in the fingerprint too.
     */
    private static final String PERSON = """
            select p0.version, p0.time_zone, ms.n, ms.v,
                   (select coalesce(sum(t.version * 7 + t.id), 0) from team t where t.id %1$s),
                   s.n, s.v, s.i, s.changed, f.v, g.v, ai.n, ai.v, ai.changed, mt.n, mt.v, mt.changed, mp.v
              from person p0
             cross join (select count(*) n, coalesce(sum(m.version * 7 + m.team_id), 0) v
                           from membership m where m.person_id = :person) ms
             cross join (select count(*) n, coalesce(sum(a.version * 7 + a.id), 0) v, max(a.updated_at) changed
                           from action_item a where a.owner_id = :person) ai
             cross join (select count(*) n, coalesce(sum(x.version * 7 + x.id), 0) v,
                                max(x.calendar_changed_at) changed
                           from mentorship x where x.mentor_id = :person or x.mentee_id = :person) mt
             cross join (select coalesce(sum(xp.version * 7 + xp.id), 0) v from mentorship x
                           join person xp on xp.id = x.mentor_id or xp.id = x.mentee_id
                          where x.mentor_id = :person or x.mentee_id = :person) mp
            """.formatted(MY_TEAMS) + SESSIONS.formatted(SHOWN.formatted(MY_TEAMS)) + " where p0.id = :person";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    FeedVersions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /** A live feed row for the token's SHA-256 hash (hex), compared in constant time once found. */
    Optional<Owner> ownerOfHash(String hash) {
        var rows = jdbc.query("select person_id, token_hash, action_items, updated_at from calendar_feed "
                        + "where token_hash = :hash and revoked = false", new MapSqlParameterSource("hash", hash),
                (rs, n) -> new Owner(rs.getLong(1), rs.getString(2),
                        rs.getBoolean(3) + "/" + rs.getString(4)));
        // The lookup is by a hash the caller cannot steer; the comparison of what it found does not stop early.
        return rows.stream().filter(o -> MessageDigest.isEqual(o.tokenHash().getBytes(StandardCharsets.US_ASCII),
                hash.getBytes(StandardCharsets.US_ASCII))).findFirst();
    }

    /** @param state what the feed row says about the feed itself (action items shown), for the fingerprint */
    record Owner(long personId, String tokenHash, String state) {
    }

    /** The team feed's version, or empty when the reader is not in that team (or there is no such team). */
    Optional<FeedVersion> team(long teamId, long readerId, Instant horizon, Instant cancelledCutoff) {
        var params = window(horizon, cancelledCutoff).addValue("team", teamId).addValue("reader", readerId);
        return jdbc.query(TEAM, params, (ResultSet rs) -> !rs.next() || rs.getLong(3) == 0 ? Optional.<FeedVersion>empty()
                : Optional.of(version("team-" + teamId, "", rs, ZoneId.of(rs.getString(2)), 9, 7)));
    }

    /** The personal feed's version; {@code owner} is the feed row's own state (action items shown or not). */
    Optional<FeedVersion> person(long personId, String owner, Instant horizon, Instant cancelledCutoff) {
        var params = window(horizon, cancelledCutoff).addValue("person", personId);
        return jdbc.query(PERSON, params, (ResultSet rs) -> !rs.next() ? Optional.<FeedVersion>empty()
                : Optional.of(version("person-" + personId, owner, rs, ZoneId.of(rs.getString(2)), 18, 9, 14, 17)));
    }

    private FeedVersion version(String source, String owner, ResultSet rs, ZoneId zone, int columns,
                                int... timestampColumns) throws SQLException {
        StringBuilder text = new StringBuilder(source).append('|').append(owner).append('|')
                .append(LocalDate.now(clock.withZone(zone)));
        for (int i = 1; i <= columns; i++) {
            text.append('|').append(rs.getString(i));
        }
        Instant latest = Instant.EPOCH;
        for (int column : timestampColumns) {
            LocalDateTime at = rs.getObject(column, LocalDateTime.class);
            if (at != null && at.toInstant(ZoneOffset.UTC).isAfter(latest)) {
                latest = at.toInstant(ZoneOffset.UTC);
            }
        }
        return new FeedVersion(source, sha256(text.toString()).substring(0, 32), latest);
    }

    /** Instants are stored as UTC wall time (hibernate.jdbc.time_zone=UTC); bind them the same way. */
    private static MapSqlParameterSource window(Instant horizon, Instant cancelledCutoff) {
        return new MapSqlParameterSource()
                .addValue("horizon", LocalDateTime.ofInstant(horizon, ZoneOffset.UTC))
                .addValue("cancelledCutoff", LocalDateTime.ofInstant(cancelledCutoff, ZoneOffset.UTC));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
