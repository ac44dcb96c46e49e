package org.peerplanner.web.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapLifecycleService;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.knowledge.UnansweredSearches;
import org.peerplanner.domain.outcomes.OutcomesService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.domain.session.SessionService;
import org.springframework.stereotype.Component;

/**
 * Enough history for the Payments Platform's outcomes to say something: a year of tagged gaps (the older ones took
 * longer to close), deep dives on Kafka all led by Jonas (the single knowledge keeper) and on PostgreSQL led by
 * three people, a close target of 45 days, and searches the knowledge base could not answer.
 */
@Component
@DemoMode
class OutcomesDemo implements DemoChapter {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final GapService gaps;
    private final GapLifecycleService lifecycle;
    private final SessionService sessions;
    private final FacilitationService facilitation;
    private final SessionHoldingService holding;
    private final UnansweredSearches unanswered;
    private final OutcomesService outcomes;

    OutcomesDemo(GapService gaps, GapLifecycleService lifecycle, SessionService sessions, FacilitationService facilitation,
                 SessionHoldingService holding, UnansweredSearches unanswered, OutcomesService outcomes) {
        this.gaps = gaps;
        this.lifecycle = lifecycle;
        this.sessions = sessions;
        this.facilitation = facilitation;
        this.holding = holding;
        this.unanswered = unanswered;
        this.outcomes = outcomes;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void seed(DemoOrganisation org) {
        long payments = org.team("payments");
        Actor maria = org.actor("maria");
        if (!unanswered.unanswered(maria, payments).isEmpty()) {
            return;
        }
        outcomes.aimToCloseGapsWithin(maria, payments, 45);
        // Gaps logged month by month; a gap logged n months ago is closed today, so older cohorts took longer.
        String[][] history = {
                {"Kafka consumer lag alerts", "kafka", "330"}, {"Schema registry compatibility modes", "kafka", "170"},
                {"Kafka exactly-once in the ledger", "kafka", "140"}, {"Partitioning the refunds topic", "kafka", "100"},
                {"Vacuum and bloat on the payments database", "postgresql", "280"},
                {"Index-only scans for the settlement report", "postgresql", "200"},
                {"Logical replication for the reporting copy", "postgresql", "120"},
                {"Chargeback rules by card network", "payments", "90"}, {"Idempotent webhooks", "payments", "60"},
                {"Locking in PostgreSQL migrations", "postgresql", "35"}};
        for (int i = 0; i < history.length; i++) {
            int daysAgo = Integer.parseInt(history[i][2]);
            long gap = gaps.log(maria, payments, GapDraft.of(history[i][0], GapSource.RETROSPECTIVE, Urgency.MEDIUM)
                    .taggedWith(List.of(history[i][1])).reported(org.person("maria"), org.today().minusDays(daysAgo))).id();
            String lead = switch (history[i][1]) {
                case "kafka" -> "jonas";
                case "postgresql" -> List.of("aisha", "lukas", "zoe").get(i % 3);
                default -> null;
            };
            if (lead != null && i != history.length - 1) {
                heldOn(org, maria, payments, org.today().minusDays(Math.max(8, daysAgo - 25)), history[i][0], lead, gap);
            }
            if (i % 4 != 3) {
                lifecycle.close(maria, gap, "Covered; notes are in the knowledge base.");
            }
        }
        ask(payments, "kafka exactly once", 6);
        ask(payments, "settlement batch retries", 4);
        ask(payments, "pgbouncer pool sizing", 3);
        ask(payments, "3DS challenge flow", 1);
        ask(org.team("mobile"), "app store phased release", 2);
    }

    /** A deep dive on a Thursday (not the team's Tuesday slot), held, addressing the gap. */
    private void heldOn(DemoOrganisation org, Actor manager, long team, LocalDate around, String topic, String lead,
                        long gap) {
        LocalDate day = around.with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        long leader = org.person(lead);
        var edit = SessionEdit.of(SessionFormat.DEEP_DIVE, "Deep dive: " + topic, day.atTime(LocalTime.of(15, 0))
                .atZone(BERLIN), leader).ledBy(leader, null).addressing(Set.of(gap));
        var session = sessions.schedule(manager, team, edit);
        facilitation.accept(new Actor(leader, false), session.id());
        holding.hold(manager, session.id(), "Walked through our own setup; questions went into the knowledge base.");
    }

    private void ask(long team, String query, int times) {
        for (int i = 0; i < times; i++) {
            unanswered.record(List.of(team), query);
        }
    }
}
