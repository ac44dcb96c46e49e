package org.peerplanner.web.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MeetingPlan;
import org.peerplanner.domain.mentoring.MentorOfferForm;
import org.peerplanner.domain.mentoring.MentorOffers;
import org.peerplanner.domain.mentoring.MentoringAsk;
import org.peerplanner.domain.mentoring.MentoringDeadlines;
import org.peerplanner.domain.mentoring.MentoringRequests;
import org.peerplanner.domain.mentoring.Mentorships;
import org.peerplanner.domain.mentoring.Rhythm;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a mail server configured, what mentoring tells people arrives by mail through the outbox and a real SMTP
 * server (GreenMail): a request received, accepted (with the pair's meetings as ONE recurring iMIP invite),
 * declined, more information asked, withdrawn, a reminder, and an ending.
 */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class MentoringMailIT {

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
        registry.add("planner.reminders.cron", () -> "-");
        registry.add("planner.mentoring.deadlines-cron", () -> "-"); // the test runs the deadlines itself
        registry.add("planner.mail.poll-interval", () -> "1h");
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Autowired
    WebFixtures fixtures;
    @Autowired
    MentorOffers offers;
    @Autowired
    MentoringRequests requests;
    @Autowired
    Mentorships mentorships;
    @Autowired
    MentoringDeadlines deadlines;
    @Autowired
    TestClock clock;

    Actor mentor;
    String mentorEmail;
    Actor otherMentor;
    String otherMentorEmail;
    Actor mentee;
    String menteeEmail;

    @BeforeEach
    void people() {
        mentorEmail = fixtures.newMember("Mobile Apps", "Mailed Mentor");
        mentor = offering(mentorEmail);
        otherMentorEmail = fixtures.newMember("Mobile Apps", "Second Mentor");
        otherMentor = offering(otherMentorEmail);
        menteeEmail = fixtures.newMember("Payments Platform", "Mailed Mentee");
        mentee = new Actor(fixtures.personId(menteeEmail), false);
    }

    private Actor offering(String email) {
        var actor = new Actor(fixtures.personId(email), false);
        offers.offer(actor, offers.myOffer(actor).version(), new MentorOfferForm(true, 2, List.of(), null, null,
                false, null));
        return actor;
    }

    @Test
    void aRequestTheQuestionTheAcceptanceWithItsRecurringInviteTheWithdrawalOfTheOtherAndTheEnd() throws Exception {
        long first = requests.ask(mentee, ask(mentor, "Kafka"));
        requests.ask(mentee, ask(otherMentor, "Kafka"));
        assertThat(text(await(mentorEmail, "Mailed Mentee asks you to mentor them in Kafka")))
                .contains("Hello Mailed Mentor", "Consumer lag puzzles me.")
                .as("a mail is read outside the app: the link is the public address")
                .contains("Open Peer Planner: https://planner.example.com/my-mentoring");

        requests.askForMore(mentor, first, "Which client library do you use?");
        assertThat(text(await(menteeEmail, "Mailed Mentor would like to know more about your request")))
                .contains("Which client library do you use?");
        requests.answer(mentee, first, "The Java client.");

        long id = requests.accept(mentor, first, new MeetingPlan(Rhythm.BIWEEKLY, DayOfWeek.THURSDAY,
                LocalTime.of(16, 0), 45, LocalDate.now(clock).plusDays(1), "https://meet.example.com/kafka"));
        assertThat(text(await(menteeEmail, "Mailed Mentor will mentor you in Kafka"))).contains("Every 2 weeks on Thursdays at 16:00");
        assertThat(text(await(otherMentorEmail, "Mailed Mentee found a mentor for Kafka")))
                .as("the other request is withdrawn, politely").contains("nothing for you to do");
        for (String to : List.of(mentorEmail, menteeEmail)) {
            ICalendar invite = invite(await(to, "Mentoring meetings: Kafka"));
            assertThat(invite.getMethod().getValue()).isEqualTo("REQUEST");
            var event = invite.getEvents().getFirst();
            assertThat(invite.getEvents()).hasSize(1);
            assertThat(event.getUid().getValue()).isEqualTo("mentorship-" + id + "@peer-planner");
            assertThat(event.getRecurrenceRule().getValue().getFrequency().name()).isEqualTo("WEEKLY");
            assertThat(event.getRecurrenceRule().getValue().getInterval()).isEqualTo(2);
            assertThat(event.getAttendees()).extracting(a -> a.getEmail()).containsExactly(mentorEmail, menteeEmail);
        }

        mentorships.end(mentee, id, mentorships.page(mentee, id).version(), false, "Changing teams.");
        String ended = text(await(mentorEmail, "Mailed Mentee has ended the mentorship"));
        assertThat(ended).contains("Thanks for the time together").doesNotContain("Changing teams.")
                .contains("Open Peer Planner: https://planner.example.com/");
    }

    @Test
    void aDeclineAWithdrawalAndAReminder() throws Exception {
        long declined = requests.ask(mentee, ask(mentor, "Gradle"));
        requests.decline(mentor, declined, null);
        assertThat(text(await(menteeEmail, "Mailed Mentor cannot take you on for Gradle right now")))
                .contains("Other mentors may well have room");

        long withdrawn = requests.ask(mentee, ask(otherMentor, "Gradle"));
        requests.withdraw(mentee, withdrawn);
        await(otherMentorEmail, "Mailed Mentee no longer needs an answer about Gradle");

        requests.ask(mentee, ask(mentor, "Swift"));
        var before = clock.instant();
        try {
            clock.advance(Duration.ofDays(5).plusMinutes(1));
            deadlines.run();
            assertThat(text(await(mentorEmail, "Mailed Mentee is waiting for your answer about Swift")))
                    .contains("any answer helps");
        } finally {
            clock.set(before);
        }
    }

    private static MentoringAsk ask(Actor mentor, String goal) {
        return new MentoringAsk(mentor.personId(), goal, "Consumer lag puzzles me.", Rhythm.BIWEEKLY);
    }

    /** Waits (at most 20 s) for a message to {@code to} whose subject starts with {@code subject}. */
    private static MimeMessage await(String to, String subject) throws MessagingException {
        Predicate<MimeMessage> wanted = m -> to(m).equalsIgnoreCase(to) && subject(m).startsWith(subject);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            var found = Arrays.stream(smtp.getReceivedMessages()).filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            smtp.waitForIncomingEmail(250, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no mail to " + to + " about \"" + subject + "\"; got "
                + Arrays.stream(smtp.getReceivedMessages()).map(m -> to(m) + ": " + subject(m)).toList());
    }

    private static String to(MimeMessage message) {
        try {
            return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("\r\n", "\n");
    }

    private static ICalendar invite(MimeMessage message) throws Exception {
        var alternative = (MimeMultipart) message.getContent();
        try (InputStream in = alternative.getBodyPart(1).getInputStream()) {
            return Biweekly.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).first();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
