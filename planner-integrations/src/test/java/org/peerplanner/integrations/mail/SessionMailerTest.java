package org.peerplanner.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.peerplanner.integrations.mail.CalendarEntries.deepDive;

import biweekly.component.VEvent;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.peerplanner.domain.mail.MailOutbox;
import org.peerplanner.domain.mail.OutgoingMail;
import org.peerplanner.domain.session.SessionCalendarQuery.CalendarEntry;
import org.peerplanner.domain.session.SessionCalendarChange.Kind;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.integrations.calendar.CalendarWriter;
import org.peerplanner.integrations.common.MailSettings;
import org.peerplanner.integrations.common.PublicUrl;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Session invites, as queued in the outbox, sent through a real SMTP server (GreenMail) and read back as a mail client would. */
class SessionMailerTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final MailSettings SETTINGS = new MailSettings("planner@example.com", Duration.ofSeconds(15));
    private static final Instant NOW = Instant.parse("2026-10-02T09:00:00Z");

    private SessionMailer mailer;
    private JavaMailSender sender;

    @BeforeEach
    void mailerOnGreenMail() {
        sender = sender(smtp.getSmtp().getPort());
        mailer = mailer(sender, SETTINGS, mock(MailOutbox.class));
    }

    /** What the outbox sender does with each queued message: build it and hand it to the server. */
    private boolean deliver(CalendarEntry session, Kind kind) {
        List<OutgoingMail> mails = mailer.mails(session, kind);
        for (OutgoingMail mail : mails) {
            try {
                String messageId = "<" + mail.to().email().replace('@', '.') + "@test>";
                sender.send(MimeMails.build(sender, SETTINGS.from(), mail, messageId, NOW));
            } catch (MessagingException | UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return !mails.isEmpty();
    }

    static JavaMailSenderImpl sender(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return sender;
    }

    static SessionMailer mailer(JavaMailSender sender, MailSettings settings, MailOutbox outbox) {
        var invites = new SessionInvites(new PublicUrl("https://planner.example.com/"), settings, Optional.empty());
        var writer = new CalendarWriter(Clock.fixed(NOW, ZoneOffset.UTC));
        return new SessionMailer(null, invites, writer, outbox, settings, Optional.ofNullable(sender));
    }

    private static Map<String, ReceivedInvite> received() {
        return Arrays.stream(smtp.getReceivedMessages()).map(ReceivedInvite::of)
                .collect(Collectors.toMap(ReceivedInvite::to, Function.identity()));
    }

    @Test
    void aConfirmedSessionInvitesTheFacilitatorAndEveryoneWhoDidNotSayNo() {
        assertThat(deliver(deepDive(), Kind.CONFIRMED)).isTrue();

        var mails = received();
        assertThat(mails).containsOnlyKeys("aisha@example.com", "ben@example.com", "chloe@example.com");
        for (ReceivedInvite mail : mails.values()) {
            assertThat(mail.calendarType()).startsWith("text/calendar").contains("method=REQUEST").contains("UTF-8");
            assertThat(mail.contentClass()).isEqualTo("urn:content-classes:calendarmessage");
            assertThat(mail.subject()).isEqualTo("Invitation: Deep dive: Kafka consumer groups (Tue 27 Oct, 13:00)");
            assertThat(mail.calendar().getMethod()).isEqualTo(Method.request());
            VEvent event = mail.calendar().getEvents().getFirst();
            assertThat(event.getUid().getValue()).isEqualTo("7f1c-42@peer-planner");
            assertThat(event.getSequence().getValue()).isEqualTo(2);
            assertThat(event.getStatus().isConfirmed()).isTrue();
        }
        assertThat(mails.get("ben@example.com").text())
                .startsWith("Hello Ben Müller,")
                .contains("Tuesday 27 October 2026, 13:00 (Europe/Berlin), 90 minutes")
                .contains("Session page: https://planner.example.com/sessions/42");
    }

    @Test
    void theInviteNamesTheFacilitatorAsOrganizerAndChairAndCarriesEveryAnswer() {
        deliver(deepDive(), Kind.CONFIRMED);

        VEvent event = received().get("ben@example.com").calendar().getEvents().getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo("Deep dive: Kafka consumer groups");
        assertThat(event.getOrganizer().getEmail()).isEqualTo("aisha@example.com");
        assertThat(event.getOrganizer().getCommonName()).isEqualTo("Aisha Khan");
        Map<String, Attendee> attendees = event.getAttendees().stream()
                .collect(Collectors.toMap(Attendee::getEmail, Function.identity()));
        assertThat(attendees).containsOnlyKeys("aisha@example.com", "ben@example.com", "chloe@example.com",
                "dev@example.com");
        assertThat(attendees.get("aisha@example.com").getRole()).isEqualTo(Role.CHAIR);
        assertThat(attendees.get("aisha@example.com").getParticipationStatus()).isEqualTo(ParticipationStatus.ACCEPTED);
        assertThat(attendees.get("ben@example.com").getParticipationLevel()).isEqualTo(ParticipationLevel.REQUIRED);
        assertThat(attendees.get("ben@example.com").getParticipationStatus())
                .isEqualTo(ParticipationStatus.NEEDS_ACTION);
        assertThat(attendees.get("ben@example.com").getRsvp()).isTrue();
        assertThat(attendees.get("chloe@example.com").getParticipationStatus()).isEqualTo(ParticipationStatus.TENTATIVE);
        assertThat(attendees.get("dev@example.com").getParticipationStatus()).isEqualTo(ParticipationStatus.DECLINED);
        assertThat(event.getCategories().getFirst().getValues()).containsExactly("Deep dive");
        assertThat(event.getUrl().getValue()).isEqualTo("https://planner.example.com/sessions/42");
        assertThat(event.getAlarms()).singleElement()
                .satisfies(alarm -> assertThat(alarm.getTrigger().getDuration().toString()).isEqualTo("-PT10M"));
        assertThat(event.getDescription().getValue())
                .contains("Why rebalances hurt.\nHow to tune them.")
                .contains("Facilitator: Aisha Khan")
                .contains("Gaps addressed:\n- Consumer lag alerts")
                .contains("Materials:\n- Slides: https://slides.example.com/kafka")
                .doesNotContain("action items");
    }

    @Test
    void aCancellationReachesEveryoneWithMethodCancelAndTheRaisedSequence() {
        assertThat(deliver(CalendarEntries.cancelled(deepDive(), "The room flooded."), Kind.CANCELLED))
                .isTrue();

        var mails = received();
        assertThat(mails).containsOnlyKeys("aisha@example.com", "ben@example.com", "chloe@example.com",
                "dev@example.com");
        for (ReceivedInvite mail : mails.values()) {
            assertThat(mail.calendarType()).contains("method=CANCEL");
            assertThat(mail.subject()).startsWith("Cancelled: Deep dive: Kafka consumer groups");
            assertThat(mail.ics()).contains("METHOD:CANCEL\r\n").contains("STATUS:CANCELLED\r\n");
            assertThat(mail.calendar().getMethod()).isEqualTo(Method.cancel());
            VEvent event = mail.calendar().getEvents().getFirst();
            assertThat(event.getUid().getValue()).isEqualTo("7f1c-42@peer-planner");
            assertThat(event.getSequence().getValue()).isEqualTo(3);
            assertThat(event.getStatus().isCancelled()).isTrue();
            assertThat(event.getDescription().getValue()).startsWith("Cancelled: The room flooded.");
        }
    }

    @Test
    void anUpdateQueuedBeforeTheCancellationSendsNothingTheCancellationSpeaksForItself() {
        assertThat(deliver(CalendarEntries.cancelled(deepDive(), "Gone."), Kind.UPDATED)).isFalse();

        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aTitleThatAlreadyNamesTheFormatIsNotPrefixedTwice() {
        var invites = new SessionInvites(new PublicUrl("http://localhost:8080"), SETTINGS, Optional.empty());

        assertThat(invites.summary(CalendarEntries.titled(deepDive(), SessionFormat.LUNCH_AND_LEARN,
                "Lunch & Learn: Kafka"))).isEqualTo("Lunch & Learn: Kafka");
        assertThat(invites.summary(CalendarEntries.titled(deepDive(), SessionFormat.LUNCH_AND_LEARN, "Kafka")))
                .isEqualTo("Lunch & learn: Kafka");
    }

    @Test
    void withoutAFacilitatorTheSenderOrganizesAndTheSessionIsTentative() {
        deliver(CalendarEntries.withoutFacilitator(deepDive()), Kind.UPDATED);

        VEvent event = received().get("ben@example.com").calendar().getEvents().getFirst();
        assertThat(event.getOrganizer().getEmail()).isEqualTo("planner@example.com");
        assertThat(event.getStatus().isTentative()).isTrue();
        assertThat(event.getDescription().getValue()).contains("Facilitator: not chosen yet");
    }

    @Test
    void openActionItemsFromThePreviousSessionAreListedWhenSomethingProvidesThem() {
        var invites = new SessionInvites(new PublicUrl("http://localhost:8080"), SETTINGS,
                Optional.of(sessionId -> List.of("Write the lag runbook (Ben)")));

        assertThat(invites.event(deepDive()).description())
                .contains("Open action items carried over from earlier sessions:\n- Write the lag runbook (Ben)");
    }

    @Test
    void withoutAMailServerConfiguredNothingIsQueued() {
        MailOutbox outbox = mock(MailOutbox.class);
        SessionMailer off = mailer(null, SETTINGS, outbox);

        off.onCalendarChange(new org.peerplanner.domain.session.SessionCalendarChange(42, Kind.CONFIRMED));

        verifyNoInteractions(outbox);
    }

    @Test
    void eachRecipientsMessageKeepsItsMessageIdAndTheFacilitatorGetsTheReplies() throws Exception {
        List<OutgoingMail> mails = mailer.mails(deepDive(), Kind.CONFIRMED);
        OutgoingMail toBen = mails.stream().filter(m -> m.to().email().equals("ben@example.com")).findFirst().orElseThrow();

        sender.send(MimeMails.build(sender, SETTINGS.from(), toBen, "<fixed-1@peer-planner>", NOW));
        sender.send(MimeMails.build(sender, SETTINGS.from(), toBen, "<fixed-1@peer-planner>", NOW.plusSeconds(60)));

        assertThat(smtp.getReceivedMessages()).hasSize(2)
                .allSatisfy(m -> assertThat(m.getMessageID()).isEqualTo("<fixed-1@peer-planner>"))
                .allSatisfy(m -> assertThat(m.getReplyTo()[0].toString()).contains("aisha@example.com"));
        assertThat(mails).extracting(OutgoingMail::topic).containsOnly("session:42");
    }
}
