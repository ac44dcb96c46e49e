package org.peerplanner.integrations.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.integrations.mail.CalendarEntries.deepDive;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.session.SessionCalendarChange.Kind;

/** While the SMTP server is down, invites wait and are tried again; after the last attempt they are given up quietly. */
class SessionMailerRetryTest {

    private final int port = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void invitesSentWhileTheServerIsDownArriveOnceItIsBack() throws Exception {
        var mailer = SessionMailerTest.mailer(SessionMailerTest.sender(port),
                new MailSettings("planner@example.com", 8, Duration.ofMillis(200)));

        CompletableFuture<Boolean> sending = CompletableFuture.supplyAsync(() -> mailer.deliver(deepDive(), Kind.CONFIRMED));
        Thread.sleep(1_000);
        assertThat(sending).isNotDone();
        smtp.start();

        assertThat(sending.get(20, TimeUnit.SECONDS)).isTrue();
        assertThat(smtp.waitForIncomingEmail(5_000, 3)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(3)
                .allSatisfy(m -> assertThat(ReceivedInvite.of(m).calendar().getEvents().getFirst().getUid().getValue())
                        .isEqualTo("7f1c-42@peer-planner"));
    }

    @Test
    void afterTheLastAttemptTheMailIsGivenUpWithoutThrowing() {
        var mailer = SessionMailerTest.mailer(SessionMailerTest.sender(port),
                new MailSettings("planner@example.com", 3, Duration.ofMillis(20)));

        assertThat(mailer.deliver(deepDive(), Kind.CONFIRMED)).isFalse();
    }
}
