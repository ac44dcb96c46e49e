package org.peerplanner.web.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.gap.GapsImported;
import org.peerplanner.domain.mail.MailAttempted;
import org.peerplanner.domain.session.SessionCalendarChange;
import org.peerplanner.domain.session.SessionHeld;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;

class ProductMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ProductMetrics metrics = new ProductMetrics(registry);

    @Test
    void countsConfirmedSessionsAsPlannedAndHeldOnes() {
        metrics.onCalendarChange(new SessionCalendarChange(1, SessionCalendarChange.Kind.CONFIRMED));
        metrics.onCalendarChange(new SessionCalendarChange(1, SessionCalendarChange.Kind.UPDATED));
        metrics.onCalendarChange(new SessionCalendarChange(1, SessionCalendarChange.Kind.CANCELLED));
        metrics.onHeld(new SessionHeld(2, 7));

        assertThat(count("planner.sessions.planned")).isEqualTo(1);
        assertThat(count("planner.sessions.held")).isEqualTo(1);
    }

    @Test
    void countsImportsAndTheRowsThatWereImportedOrMerged() {
        metrics.onImported(new GapsImported(7, 3, 2, 4));
        metrics.onImported(new GapsImported(7, 1, 0, 0));

        assertThat(count("planner.gap.imports")).isEqualTo(2);
        assertThat(count("planner.gap.import.rows")).isEqualTo(6);
    }

    @Test
    void countsMailByOutcomeAndSignInFailuresByReason() {
        metrics.onMailAttempted(new MailAttempted(1, MailAttempted.Outcome.SENT));
        metrics.onMailAttempted(new MailAttempted(2, MailAttempted.Outcome.FAILED));
        metrics.onMailAttempted(new MailAttempted(2, MailAttempted.Outcome.GAVE_UP));
        var attempt = new TestingAuthenticationToken("maria@example.com", "wrong");
        metrics.onSignInFailure(new AuthenticationFailureBadCredentialsEvent(attempt, new BadCredentialsException("x")));
        metrics.onSignInFailure(new AuthenticationFailureLockedEvent(attempt, new LockedException("x")));
        metrics.onSignInFailure(new AuthenticationFailureLockedEvent(attempt, new LockedException("x")));

        assertThat(registry.get("planner.mail.attempts").tag("outcome", "sent").counter().count()).isEqualTo(1);
        assertThat(registry.get("planner.mail.attempts").tag("outcome", "failed").counter().count()).isEqualTo(1);
        assertThat(registry.get("planner.mail.attempts").tag("outcome", "gave_up").counter().count()).isEqualTo(1);
        assertThat(registry.get("planner.sign.in.failures").tag("reason", "bad_credentials").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("planner.sign.in.failures").tag("reason", "locked").counter().count()).isEqualTo(2);
    }

    private double count(String name) {
        return registry.get(name).counter().count();
    }
}
