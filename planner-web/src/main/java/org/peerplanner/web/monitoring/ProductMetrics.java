package org.peerplanner.web.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.peerplanner.domain.gap.GapsImported;
import org.peerplanner.domain.mail.MailAttempted;
import org.peerplanner.domain.session.SessionCalendarChange;
import org.peerplanner.domain.session.SessionHeld;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The product's own counters, kept from the events the features already publish, so no feature knows about
 * monitoring. Per instance, since start: a dashboard sums them over instances and takes rates. Calendar feed
 * polls and their 304 share are planner.feed.requests (web.calendar.FeedRequests).
 */
@Component
class ProductMetrics {

    private final Counter sessionsPlanned;
    private final Counter sessionsHeld;
    private final Counter imports;
    private final Counter importRows;
    private final MeterRegistry registry;

    ProductMetrics(MeterRegistry registry) {
        this.registry = registry;
        sessionsPlanned = Counter.builder("planner.sessions.planned")
                .description("Sessions confirmed (their invites went out)").register(registry);
        sessionsHeld = Counter.builder("planner.sessions.held").description("Sessions marked held").register(registry);
        imports = Counter.builder("planner.gap.imports").description("Gap imports committed").register(registry);
        importRows = Counter.builder("planner.gap.import.rows")
                .description("Rows of committed gap imports, imported or merged").register(registry);
        for (MailAttempted.Outcome outcome : MailAttempted.Outcome.values()) {
            mail(outcome);
        }
        signInFailure("bad_credentials");
        signInFailure("locked");
    }

    @TransactionalEventListener
    void onCalendarChange(SessionCalendarChange change) {
        if (change.kind() == SessionCalendarChange.Kind.CONFIRMED) {
            sessionsPlanned.increment();
        }
    }

    @TransactionalEventListener
    void onHeld(SessionHeld held) {
        sessionsHeld.increment();
    }

    @TransactionalEventListener
    void onImported(GapsImported imported) {
        imports.increment();
        importRows.increment(imported.imported() + imported.merged());
    }

    @EventListener
    void onMailAttempted(MailAttempted attempt) {
        mail(attempt.outcome()).increment();
    }

    /** A locked account or blocked address is refused before its password is checked: "locked", not a guess. */
    @EventListener
    void onSignInFailure(AbstractAuthenticationFailureEvent failure) {
        signInFailure(failure instanceof AuthenticationFailureLockedEvent ? "locked" : "bad_credentials").increment();
    }

    private Counter mail(MailAttempted.Outcome outcome) {
        return Counter.builder("planner.mail.attempts").tag("outcome", outcome.name().toLowerCase())
                .description("Mail send attempts: sent, failed (tried again later), gave_up (dead)")
                .register(registry);
    }

    private Counter signInFailure(String reason) {
        return Counter.builder("planner.sign.in.failures").tag("reason", reason)
                .description("Refused sign-ins: wrong password or unknown email, or refused while locked")
                .register(registry);
    }
}
