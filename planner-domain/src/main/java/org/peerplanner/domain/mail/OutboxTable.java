package org.peerplanner.domain.mail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.peerplanner.domain.mail.OutgoingMail.Address;
import org.peerplanner.domain.mail.OutgoingMail.CalendarPart;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The mail_outbox table, in plain SQL: a claim is a conditional UPDATE whose row count says who won, which JPA
 * would only hide. Instants are stored as UTC wall-clock time, so no JVM or connection zone shifts a comparison.
 */
@Repository
class OutboxTable {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String DEAD = "DEAD";

    private final JdbcTemplate jdbc;

    OutboxTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(OutgoingMail mail, String messageId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into mail_outbox (message_id, stream_key, purpose, recipient_name, recipient_email,
                        reply_to_name, reply_to_email, subject, body_text, calendar_method, calendar_text, status,
                        attempts, next_attempt_at, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                    """, Statement.RETURN_GENERATED_KEYS);
            int i = 0;
            insert.setString(++i, messageId);
            insert.setString(++i, cut(mail.streamKey(), 400));
            insert.setString(++i, cut(mail.purpose(), 100));
            insert.setString(++i, cut(mail.to().name(), 200));
            insert.setString(++i, mail.to().email());
            insert.setString(++i, mail.replyTo() == null ? null : cut(mail.replyTo().name(), 200));
            insert.setString(++i, mail.replyTo() == null ? null : mail.replyTo().email());
            insert.setString(++i, cut(mail.subject(), 1000));
            insert.setString(++i, mail.text());
            insert.setString(++i, mail.calendar() == null ? null : mail.calendar().method());
            insert.setString(++i, mail.calendar() == null ? null : mail.calendar().ics());
            insert.setObject(++i, utc(now));
            insert.setObject(++i, utc(now));
            return insert;
        }, keys);
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    /**
     * Pending rows that are due and unclaimed (or whose claim ran out), each the oldest pending row of its stream,
     * oldest first. Dead rows do not hold their stream up: they wait for an administrator, the rest goes on.
     */
    List<Long> claimable(Instant now, int limit) {
        return jdbc.queryForList("""
                select o.id from mail_outbox o
                 where o.status = 'PENDING' and o.next_attempt_at <= ?
                   and (o.claimed_until is null or o.claimed_until < ?)
                   and not exists (select 1 from mail_outbox e
                                    where e.stream_key = o.stream_key and e.status = 'PENDING' and e.id < o.id)
                 order by o.id
                 limit ?
                """, Long.class, utc(now), utc(now), limit);
    }

    /** One conditional UPDATE: the database serialises concurrent claims of a row, so exactly one sees 1. */
    boolean claim(long id, String token, Instant now, Instant until) {
        return jdbc.update("""
                update mail_outbox set claim_token = ?, claimed_until = ?
                 where id = ? and status = 'PENDING' and (claimed_until is null or claimed_until < ?)
                """, token, utc(until), id, utc(now)) == 1;
    }

    QueuedMail claimed(long id, String token) {
        return jdbc.query("select * from mail_outbox where id = ? and claim_token = ?",
                (rs, n) -> queued(rs), id, token).stream().findFirst().orElse(null);
    }

    boolean markSent(long id, String token, Instant now) {
        return jdbc.update("""
                update mail_outbox set status = 'SENT', sent_at = ?, last_attempt_at = ?, claim_token = null,
                       claimed_until = null
                 where id = ? and claim_token = ? and status = 'PENDING'
                """, utc(now), utc(now), id, token) == 1;
    }

    boolean markFailed(long id, String token, int attempts, String status, Instant nextAttempt, String error,
                       Instant now) {
        return jdbc.update("""
                update mail_outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,
                       last_attempt_at = ?, claim_token = null, claimed_until = null
                 where id = ? and claim_token = ? and status = 'PENDING'
                """, status, attempts, utc(nextAttempt), cut(error, 1000), utc(now), id, token) == 1;
    }

    List<DeadMail> dead(int limit) {
        return jdbc.query("""
                select id, purpose, recipient_name, recipient_email, subject, attempts, last_error, created_at,
                       last_attempt_at
                  from mail_outbox where status = 'DEAD' order by id desc limit ?
                """, (rs, n) -> new DeadMail(rs.getLong("id"), rs.getString("purpose"),
                mailbox(rs.getString("recipient_name"), rs.getString("recipient_email")), rs.getString("subject"),
                rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "last_attempt_at")), limit);
    }

    /** When the oldest pending message that is due and not claimed (or its claim ran out) became due; null if none. */
    Instant oldestDueSince(Instant now) {
        return jdbc.query("""
                select min(next_attempt_at) as due from mail_outbox
                 where status = 'PENDING' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)
                """, (rs, n) -> instant(rs, "due"), utc(now), utc(now)).stream().filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    int count(String status) {
        Integer count = jdbc.queryForObject("select count(*) from mail_outbox where status = ?", Integer.class, status);
        return count == null ? 0 : count;
    }

    /** A dead row starts over: pending, due now, with all its attempts again. The last error stays until it is sent. */
    boolean revive(long id, Instant now) {
        return jdbc.update("""
                update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?
                 where id = ? and status = 'DEAD'
                """, utc(now), id) == 1;
    }

    int reviveAll(Instant now) {
        return jdbc.update("update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ? where status = 'DEAD'",
                utc(now));
    }

    private static QueuedMail queued(ResultSet rs) throws SQLException {
        String replyTo = rs.getString("reply_to_email");
        String method = rs.getString("calendar_method");
        var mail = new OutgoingMail(rs.getString("stream_key"), rs.getString("purpose"),
                new Address(rs.getString("recipient_name"), rs.getString("recipient_email")),
                replyTo == null ? null : new Address(rs.getString("reply_to_name"), replyTo),
                rs.getString("subject"), rs.getString("body_text"),
                method == null ? null : new CalendarPart(method, rs.getString("calendar_text")));
        return new QueuedMail(rs.getLong("id"), rs.getString("message_id"), rs.getString("claim_token"), mail,
                rs.getInt("attempts"));
    }

    private static String mailbox(String name, String email) {
        return name == null || name.isBlank() ? email : name + " <" + email + ">";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
