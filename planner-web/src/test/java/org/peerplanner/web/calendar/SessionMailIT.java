package org.peerplanner.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** With spring.mail.host set, sessions mail iMIP invites through the outbox and a real SMTP server (GreenMail), after commit only. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class SessionMailIT {

    private static final GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("planner.mail.from", () -> "planner@example.com");
        registry.add("planner.mail.retry-first-delay", () -> "100ms");
        registry.add("planner.public-url", () -> "https://planner.example.com");
        // The hourly action-item reminder job would mail this server too; these tests count invites only.
        registry.add("planner.reminders.cron", () -> "-");
        // Mail leaves right after each commit; no poll, so that this context, cached for the rest of the run,
        // never sends another test class's outbox to a server that is gone.
        registry.add("planner.mail.poll-interval", () -> "1h");
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    TestClock clock;
    @Autowired
    SessionService sessions;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    private long payments;
    private Actor maria;
    private Actor aisha;

    @BeforeEach
    void paymentsPlatform() {
        payments = fixtures.teamId("Payments Platform");
        maria = new Actor(fixtures.personId("maria@example.com"), false);
        aisha = new Actor(fixtures.personId("aisha@example.com"), false);
    }

    private SessionDetails plannedWithAisha(String title) {
        var start = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(12).withHour(12).withMinute(30)
                .withSecond(0).withNano(0);
        return sessions.schedule(maria, payments,
                SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, title + " " + System.nanoTime(), start, aisha.personId()));
    }

    @Test
    void acceptingASessionMailsEveryAttendeeAnInviteAfterCommit() {
        SessionDetails planned = plannedWithAisha("Kafka consumer groups");
        Set<String> attendees = planned.attendees().stream().map(SessionDetails.AttendeeView::email)
                .collect(Collectors.toSet());
        assertThat(attendees).contains("aisha@example.com").hasSizeGreaterThan(1);

        SessionDetails confirmed = facilitation.accept(aisha, planned.id());

        List<Invite> invites = awaitInvites(confirmed.uid(), attendees.size());
        assertThat(invites).extracting(Invite::to).containsExactlyInAnyOrderElementsOf(attendees);
        for (Invite invite : invites) {
            assertThat(invite.contentType()).startsWith("text/calendar").contains("method=REQUEST");
            assertThat(invite.calendar().getMethod()).isEqualTo(Method.request());
            VEvent event = invite.event();
            assertThat(event.getSequence().getValue()).isEqualTo(confirmed.revision());
            assertThat(event.getStatus().isConfirmed()).isTrue();
            assertThat(event.getSummary().getValue()).isEqualTo("Lunch & learn: " + confirmed.title());
            assertThat(event.getOrganizer().getEmail()).isEqualTo("aisha@example.com");
            assertThat(event.getUrl().getValue()).isEqualTo("https://planner.example.com/sessions/" + confirmed.id());
        }
    }

    @Test
    void aRolledBackAcceptanceMailsNobody() {
        SessionDetails rolledBack = plannedWithAisha("Rolled back");
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            facilitation.accept(aisha, rolledBack.id());
            tx.setRollbackOnly();
        });
        SessionDetails committed = plannedWithAisha("Committed");

        facilitation.accept(aisha, committed.id());

        // The rolled-back acceptance queued nothing (the outbox rows below), so nothing of it can arrive later.
        assertThat(awaitInvites(committed.uid(), committed.attendees().size())).isNotEmpty();
        assertThat(invitesFor(rolledBack.uid())).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where stream_key like ?", Integer.class,
                "session:" + rolledBack.id() + " %")).as("queued for the rolled-back session").isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where stream_key like ?", Integer.class,
                "session:" + committed.id() + " %")).isEqualTo(committed.attendees().size());
        assertThat(sessions.details(maria, rolledBack.id()).status()).isEqualTo(SessionStatus.PLANNED);
    }

    /** Waits (at most 20 s) until {@code count} invites for the session have arrived. */
    private static List<Invite> awaitInvites(String uid, int count) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        List<Invite> invites = invitesFor(uid);
        while (invites.size() < count && System.nanoTime() < deadline) {
            smtp.waitForIncomingEmail(250, smtp.getReceivedMessages().length + 1);
            invites = invitesFor(uid);
        }
        assertThat(invites).as("invites for %s", uid).hasSize(count);
        return invites;
    }

    private static List<Invite> invitesFor(String uid) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(SessionMailIT::carriesACalendar).map(Invite::of)
                .filter(i -> i.event().getUid().getValue().equals(uid)).toList();
    }

    /** Other mail reaches the same server too (the demo's mentoring news is plain text); invites are multipart. */
    private static boolean carriesACalendar(MimeMessage message) {
        try {
            return message.getContent() instanceof MimeMultipart;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Invite(String to, String contentType, ICalendar calendar) {

        static Invite of(MimeMessage message) {
            try {
                var alternative = (MimeMultipart) message.getContent();
                var part = alternative.getBodyPart(1);
                String ics;
                try (InputStream in = part.getInputStream()) {
                    ics = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String to = ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
                return new Invite(to, part.getContentType(), Biweekly.parse(ics).first());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        VEvent event() {
            return calendar.getEvents().getFirst();
        }
    }
}
