package org.peerplanner.web.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.mail.MailOutbox;
import org.peerplanner.domain.mail.OutboxCounts;
import org.peerplanner.domain.mail.OutgoingMail;
import org.peerplanner.domain.mail.OutgoingMail.Address;
import org.peerplanner.integrations.common.MailSettings;
import org.peerplanner.integrations.mail.OutboxSender;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox on the real database with a real SMTP server (GreenMail) that the tests start late or not at
 * all: mail survives a stop and a crashed sender, waits out a server that is down, goes out once with two senders
 * at work, is never queued by a rolled-back change, and is listed for administrators once it is given up on.
 * Time moves on a settable clock; the app's own sender is stopped, so each test drives its senders itself.
 * Named *MailIT: with a context of its own it runs in the mail JVM (see planner-web's pom).
 */
@SpringBootTest
@UsePlannerTestDatabase
class OutboxMailIT {

    private static final int PORT = freePort();
    private static final Instant START = Instant.parse("2030-01-07T09:00:00Z");
    @Autowired
    TestClock clock;
    private static final Actor ADMINISTRATOR = new Actor(1, true);
    private static final Actor MEMBER = new Actor(2, false);


    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("planner.mail.from", () -> "planner@example.com");
        registry.add("planner.mail.max-attempts", () -> "3");
        registry.add("planner.mail.retry-first-delay", () -> "1m");
        registry.add("planner.mail.retry-max-delay", () -> "10m");
        registry.add("planner.mail.claim-lease", () -> "2m");
        registry.add("planner.mail.poll-interval", () -> "1h");
        registry.add("planner.reminders.cron", () -> "-");
    }

    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxSender appSender;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    MailSettings settings;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    private GreenMail smtp;

    @BeforeEach
    void emptyOutboxAndNoServer() {
        appSender.stop();
        jdbc.update("delete from mail_outbox");
        clock.set(START);
    }

    @AfterEach
    void stopServer() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    @Test
    void mailQueuedWhileTheAppWasDownGoesOutWhenASenderStartsAgain() {
        smtpUp();
        queue("notice:1", "ann@example.com", "First");
        queue("notice:1", "ann@example.com", "Second");
        queue("notice:1", "bob@example.com", "First");
        assertThat(smtp.getReceivedMessages()).as("nothing sends while the app is down").isEmpty();

        OutboxSender afterRestart = newSender();
        afterRestart.start();
        try {
            assertThat(smtp.waitForIncomingEmail(20_000, 3)).isTrue();
        } finally {
            afterRestart.stop();
        }

        assertThat(subjectsTo("ann@example.com")).containsExactly("First", "Second");
        assertThat(subjectsTo("bob@example.com")).containsExactly("First");
        assertThat(statuses()).containsOnlyKeys("SENT");
    }

    @Test
    void mailClaimedBySenderThatCrashedGoesOutOnceItsLeaseRunsOut() {
        smtpUp();
        queue("notice:2", "ann@example.com", "Left behind");
        queue("notice:2", "bob@example.com", "Left behind");
        assertThat(outbox.claimDue(10)).hasSize(2); // and the sender died before sending

        OutboxSender other = newSender();
        assertThat(other.sendDue()).as("while the lease holds").isZero();
        clock.advance(Duration.ofMinutes(3));

        assertThat(other.sendDue()).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void whileTheServerIsDownMailWaitsLongerEachTimeAndOnceItIsUpEveryMessageArrivesOnceInOrder() throws Exception {
        queue("session:7", "ann@example.com", "Update 1");
        queue("session:7", "ann@example.com", "Update 2");
        queue("session:7", "ann@example.com", "Update 3");
        queue("session:7", "bob@example.com", "Update 1");
        OutboxSender sender = newSender();

        assertThat(sender.sendDue()).isZero();
        assertThat(attempts()).containsExactly(1, 0, 0, 1); // the later updates wait behind the first
        assertThat(sender.sendDue()).as("not due again before its wait is over").isZero();
        assertThat(attempts()).containsExactly(1, 0, 0, 1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.sendDue()).isZero();
        assertThat(attempts()).containsExactly(2, 0, 0, 2);
        assertThat(nextAttempts().getFirst()).isEqualTo(START.plus(Duration.ofMinutes(3)));

        smtpUp();
        clock.advance(Duration.ofMinutes(2));
        assertThat(sender.sendDue()).isEqualTo(4);
        assertThat(sender.sendDue()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(4);
        assertThat(subjectsTo("ann@example.com")).containsExactly("Update 1", "Update 2", "Update 3");
        List<String> sentIds = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            sentIds.add(message.getMessageID());
        }
        assertThat(sentIds).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("select message_id from mail_outbox", String.class));
    }

    @Test
    void twoSendersAtWorkOnOneDatabaseSendEachMessageOnceAndInOrder() throws Exception {
        smtpUp();
        List<String> recipients = List.of("ann", "bob", "cem", "dia", "eli", "fay");
        for (int n = 1; n <= 8; n++) {
            for (String recipient : recipients) {
                queue("notice:race", recipient + "@example.com", "Message " + n);
            }
        }
        var start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> senders = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            OutboxSender sender = newSender();
            senders.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                int sent = 0;
                for (int round = 0; round < 500 && pending() > 0; round++) {
                    sent += sender.sendDue();
                }
                return sent;
            }));
        }
        start.countDown();

        int sent = 0;
        for (CompletableFuture<Integer> sender : senders) {
            sent += sender.get(60, TimeUnit.SECONDS);
        }
        assertThat(sent).isEqualTo(48);
        assertThat(smtp.getReceivedMessages()).hasSize(48);
        for (String recipient : recipients) {
            assertThat(subjectsTo(recipient + "@example.com")).containsExactly("Message 1", "Message 2", "Message 3",
                    "Message 4", "Message 5", "Message 6", "Message 7", "Message 8");
        }
    }

    @Test
    void aRolledBackChangeLeavesNothingInTheOutboxAndMailNeedsAChangeToGoWith() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            outbox.queue(OutgoingMail.plain("notice:3", "Test", new Address("Ann", "ann@example.com"), "Never", "x"));
            tx.setRollbackOnly();
        });

        assertThat(statuses()).isEmpty();
        assertThatThrownBy(() -> outbox.queue(OutgoingMail.plain("notice:3", "Test",
                new Address("Ann", "ann@example.com"), "Alone", "x"))).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(statuses()).isEmpty();
    }

    @Test
    void afterTheLastAttemptMailIsListedForAdministratorsWhoCanSendItAgain() throws Exception {
        queue("notice:4", "ann@example.com", "Your slides");
        OutboxSender sender = newSender();
        sender.sendDue();
        clock.advance(Duration.ofMinutes(1));
        sender.sendDue();
        assertThat(outbox.dead(ADMINISTRATOR)).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();

        var dead = outbox.dead(ADMINISTRATOR);
        assertThat(dead).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("ann <ann@example.com>");
            assertThat(mail.subject()).isEqualTo("Your slides");
            assertThat(mail.attempts()).isEqualTo(3);
            assertThat(mail.lastError()).containsIgnoringCase("connect");
            assertThat(mail.lastAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(3)));
        });
        assertThat(outbox.counts(ADMINISTRATOR)).isEqualTo(new OutboxCounts(0, 1));
        clock.advance(Duration.ofHours(5));
        assertThat(sender.sendDue()).as("dead mail is not tried again by itself").isZero();
        assertThatThrownBy(() -> outbox.dead(MEMBER)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> outbox.sendAgain(MEMBER, dead.getFirst().id()))
                .isInstanceOf(NotPermittedException.class);

        smtpUp();
        outbox.sendAgain(ADMINISTRATOR, dead.getFirst().id());
        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(smtp.getReceivedMessages()).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("Your slides"));
        assertThat(outbox.dead(ADMINISTRATOR)).isEmpty();
        assertThatThrownBy(() -> outbox.sendAgain(ADMINISTRATOR, dead.getFirst().id()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void afterAnOutageAdministratorsSendAllDeadMailAgainAtOnce() {
        queue("notice:5", "ann@example.com", "One");
        queue("notice:6", "bob@example.com", "Two");
        OutboxSender sender = newSender();
        for (int attempt = 0; attempt < 3; attempt++) {
            sender.sendDue();
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(outbox.counts(ADMINISTRATOR)).isEqualTo(new OutboxCounts(0, 2));
        assertThatThrownBy(() -> outbox.sendAllAgain(MEMBER)).isInstanceOf(NotPermittedException.class);

        smtpUp();
        assertThat(outbox.sendAllAgain(ADMINISTRATOR)).isEqualTo(2);
        assertThat(sender.sendDue()).isEqualTo(2);

        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(outbox.counts(ADMINISTRATOR)).isEqualTo(new OutboxCounts(0, 0));
    }

    private void queue(String topic, String email, String subject) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> outbox.queue(OutgoingMail.plain(topic,
                "Test", new Address(email.substring(0, email.indexOf('@')), email), subject, "Hello.")));
    }

    private OutboxSender newSender() {
        return new OutboxSender(outbox, Optional.of(mailSender), settings, clock);
    }

    private void smtpUp() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private List<String> subjectsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).contains(email)).map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> statuses() {
        return jdbc.queryForList("select status from mail_outbox", String.class).stream()
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }

    private List<Integer> attempts() {
        return jdbc.queryForList("select attempts from mail_outbox order by recipient_email, id", Integer.class);
    }

    private List<Instant> nextAttempts() {
        return jdbc.query("select next_attempt_at from mail_outbox order by recipient_email, id",
                (rs, n) -> rs.getObject(1, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }

    private int pending() {
        Integer count = jdbc.queryForObject("select count(*) from mail_outbox where status = 'PENDING'", Integer.class);
        return count == null ? 0 : count;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app's clock, moved by the tests instead of waiting. */
}
