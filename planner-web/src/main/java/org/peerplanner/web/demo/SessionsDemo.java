package org.peerplanner.web.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.planning.PairPreference;
import org.peerplanner.domain.planning.PairingService;
import org.peerplanner.domain.planning.PlanningService;
import org.peerplanner.domain.session.Material;
import org.peerplanner.domain.session.PairingFocus;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.AttendanceService;
import org.peerplanner.domain.session.SwapService;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.domain.session.FacilitationService;
import org.springframework.stereotype.Component;

/**
 * A year of held sessions (so the rotation and the fairness report have history, with one person
 * leading clearly more than the rest), upcoming planned and confirmed sessions from the planner,
 * one open swap request and a pairing round.
 */
@Component
@DemoMode
class SessionsDemo implements DemoChapter {

    private static final List<String> TOPICS = List.of("Idempotency keys in payment APIs", "Reading flame graphs",
            "Our incident review template", "Testcontainers in practice", "Feature flags without regrets",
            "Designing database migrations", "What the fraud model looks at", "OpenAPI first", "Docker layer caching",
            "Structured logging", "Threat modelling a webhook", "Writing runbooks people use", "Gradle to Maven, and why",
            "Pair debugging a memory leak", "Code review: the retry policy", "Event storming the refunds flow");

    private final SessionService sessions;
    private final AttendanceService attendance;
    private final FacilitationService facilitation;
    private final SessionHoldingService holding;
    private final SwapService swaps;
    private final PlanningService planning;
    private final PairingService pairing;

    SessionsDemo(SessionService sessions, FacilitationService facilitation, SwapService swaps,
                 AttendanceService attendance, SessionHoldingService holding, PlanningService planning,
                 PairingService pairing) {
        this.sessions = sessions;
        this.attendance = attendance;
        this.facilitation = facilitation;
        this.holding = holding;
        this.swaps = swaps;
        this.planning = planning;
        this.pairing = pairing;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed(DemoOrganisation org) {
        long payments = org.team("payments");
        Actor maria = org.actor("maria");
        if (!sessions.past(maria, payments, 1).isEmpty()) {
            return;
        }
        // Jonas leads twice as often as the others: the fairness report flags him as overloaded.
        heldYear(org, maria, payments, ZoneId.of("Europe/Berlin"), DayOfWeek.TUESDAY, LocalTime.of(12, 30), 1,
                List.of("jonas", "aisha", "jonas", "lukas", "maria", "jonas", "zoe", "aisha", "jonas", "lukas"));
        Actor daniel = org.actor("daniel");
        long mobile = org.team("mobile");
        heldYear(org, daniel, mobile, ZoneId.of("America/Los_Angeles"), DayOfWeek.THURSDAY, LocalTime.of(11, 0), 2,
                List.of("priya", "sam", "daniel", "emily", "hannah", "priya", "aisha"));

        upcoming(org, maria, payments, 4);
        upcoming(org, daniel, mobile, 3);
        // Maria mentors the newcomer Tomás; Jonas and Lukáš asked not to be paired while they share on-call.
        pairing.preferPairing(maria, payments, org.person("maria"), org.person("tomas"), PairPreference.Kind.PINNED);
        pairing.preferPairing(maria, payments, org.person("jonas"), org.person("lukas"), PairPreference.Kind.DO_NOT_PAIR);
        pairing.recordPairs(maria, payments, org.today().minusDays(9));
    }

    private void heldYear(DemoOrganisation org, Actor manager, long team, ZoneId zone, DayOfWeek day, LocalTime time,
                          int everyWeeks, List<String> leads) {
        var mix = List.of(SessionFormat.LUNCH_AND_LEARN, SessionFormat.LUNCH_AND_LEARN, SessionFormat.DEEP_DIVE,
                SessionFormat.PAIRING);
        LocalDate date = org.today().minusWeeks(52).with(TemporalAdjusters.nextOrSame(day));
        for (int i = 0; date.isBefore(org.today().minusDays(1)); i++, date = date.plusWeeks(everyWeeks)) {
            SessionFormat format = mix.get(i % mix.size());
            String topic = TOPICS.get(i % TOPICS.size());
            Long lead = org.person(leads.get(i % leads.size()));
            Long co = i % 6 == 5 ? org.person(leads.get((i + 1) % leads.size())) : null;
            if (co != null && co.equals(lead)) {
                co = null;
            }
            var edit = SessionEdit.of(format, format.label() + ": " + topic, date.atTime(time).atZone(zone), lead)
                    .ledBy(lead, co)
                    .withAgenda("1. Why it matters to us\n2. Walkthrough\n3. Questions")
                    .withMaterials(List.of(new Material("Slides", "https://wiki.example.com/learning/" + (i + 1))));
            if (format == SessionFormat.PAIRING) {
                edit = edit.focusedOn(PairingFocus.values()[i % PairingFocus.values().length], null);
            }
            var s = sessions.schedule(manager, team, edit);
            if (i % 13 == 12) {
                sessions.cancel(manager, s.id(), "Release week: everyone was on the rollout.");
                continue;
            }
            facilitation.accept(new Actor(lead, false), s.id());
            holding.hold(manager, s.id(), "Key points are in the slides; follow-ups went to the team channel.");
        }
    }

    private void upcoming(DemoOrganisation org, Actor manager, long team, int slots) {
        var created = planning.schedule(manager, team, slots);
        for (int i = 0; i < created.size(); i++) {
            var s = sessions.details(manager, created.get(i));
            if (s.facilitator() == null) {
                continue;
            }
            Actor lead = new Actor(s.facilitator().id(), false);
            if (i == 0 || i == 1) {
                facilitation.accept(lead, s.id());
            } else if (i == 2) {
                swaps.requestSwap(lead, s.id(), "I am on call that week.");
            }
            s.attendees().stream().limit(4).forEach(a -> attendance.answer(new Actor(a.personId(), false), s.id(),
                    a.personId() % 3 == 0 ? Rsvp.MAYBE : Rsvp.YES));
        }
    }
}
