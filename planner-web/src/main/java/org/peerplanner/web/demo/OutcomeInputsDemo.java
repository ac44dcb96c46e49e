package org.peerplanner.web.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.feedback.FeedbackAnswer;
import org.peerplanner.domain.feedback.FeedbackService;
import org.peerplanner.domain.outcomes.baseline.BaselineImport;
import org.peerplanner.domain.outcomes.baseline.BaselineRow;
import org.peerplanner.domain.outcomes.baseline.BaselineService;
import org.peerplanner.domain.session.SessionAttendance;
import org.peerplanner.domain.session.SessionCard;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.springframework.stereotype.Component;

/**
 * The inputs of the outcome figures in the demo organisation: who came to each held session (most of the team, not
 * always the same people), feedback on the latest sessions (one session of the payments team with only two answers,
 * so its aggregate stays hidden), and both teams' monthly baseline: 18 months before their first held session and up
 * to 12 after. The payments platform team's onboarding time and bug reports fell; the mobile apps team's did not.
 */
@Component
@DemoMode
class OutcomeInputsDemo implements DemoChapter {

    private static final int[] NOISE = {3, -2, 1, -4, 2, 0, -1, 4, -3, 1, 2, -2, 0, 3, -1, -3, 2, 1, -4, 0, 1, -2, 3, -1,
            2, -3, 0, 1, -2, 4};

    private final SessionService sessions;
    private final SessionHoldingService holding;
    private final SessionAttendance attendance;
    private final FeedbackService feedback;
    private final BaselineService baseline;
    private final BaselineImport imports;

    OutcomeInputsDemo(SessionService sessions, SessionHoldingService holding, SessionAttendance attendance,
                      FeedbackService feedback, BaselineService baseline, BaselineImport imports) {
        this.sessions = sessions;
        this.holding = holding;
        this.attendance = attendance;
        this.feedback = feedback;
        this.baseline = baseline;
        this.imports = imports;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void seed(DemoOrganisation org) {
        long payments = org.team("payments");
        if (!baseline.page(DemoOrganisation.SYSTEM, payments).months().isEmpty()) {
            return;
        }
        Actor maria = org.actor("maria");
        Actor daniel = org.actor("daniel");
        List<Long> paymentsHeld = attendance(maria, payments);
        List<Long> mobileHeld = attendance(daniel, org.team("mobile"));
        feedback(paymentsHeld, new int[] {5, 4, 4, 5, 3}, new int[] {4, 2}, new int[] {5, 4, 3, 4});
        feedback(mobileHeld, new int[] {4, 3, 4}, new int[] {3, 5, 4, 4});
        baseline(maria, payments, 31, 42, 0.80, 0.86);
        baseline(daniel, org.team("mobile"), 26, 23, 1.0, 1.0);
    }

    /** Ticks who came to every held session: those who lead and most of the invited, a different few missing each time. */
    private List<Long> attendance(Actor manager, long team) {
        List<Long> held = new ArrayList<>();
        List<SessionCard> past = sessions.past(manager, team, 200);
        for (int i = 0; i < past.size(); i++) {
            SessionCard card = past.get(i);
            if (card.status() != SessionStatus.HELD) {
                continue;
            }
            held.add(card.id());
            var details = sessions.details(manager, card.id());
            Set<Long> came = new LinkedHashSet<>();
            if (details.facilitator() != null) {
                came.add(details.facilitator().id());
            }
            for (int p = 0; p < details.attendees().size(); p++) {
                var person = details.attendees().get(p);
                if (person.leads() || (p + i) % 4 != 0) { // about three in four come, not always the same ones
                    came.add(person.personId());
                }
            }
            holding.wrapUp(manager, card.id(), details.version(), details.takeaways(), details.materials(), came);
        }
        return held; // newest first
    }

    /** Answers on the newest held sessions, one array of scores per session, given by those who came. */
    private void feedback(List<Long> heldNewestFirst, int[]... scores) {
        List<String> lines = List.of("Feature flags for the next rollout", "The flame graph walkthrough",
                "Checklist for reviewing migrations", "Reading query plans before adding an index",
                "Pairing on the flaky test instead of muting it", "");
        for (int s = 0; s < scores.length && s < heldNewestFirst.size(); s++) {
            long id = heldNewestFirst.get(s);
            var session = sessions.details(DemoOrganisation.SYSTEM, id);
            List<Long> answering = attendance.attended(id).stream().sorted()
                    .filter(p -> !leads(session, p)).toList();
            for (int a = 0; a < scores[s].length && a < answering.size(); a++) {
                feedback.give(new Actor(answering.get(a), false), id,
                        new FeedbackAnswer(scores[s][a], lines.get((s + a) % lines.size())));
            }
        }
    }

    private static boolean leads(org.peerplanner.domain.session.SessionDetails s, long person) {
        return (s.facilitator() != null && s.facilitator().id() == person)
                || (s.coFacilitator() != null && s.coFacilitator().id() == person);
    }

    /**
     * 18 months before the adoption month and up to 12 after; {@code onboardingAfter} and {@code bugsAfter} scale
     * the figures after adoption (1.0: no change). Every fourth month nobody joined, so it has no onboarding figure.
     */
    private void baseline(Actor manager, long team, int onboarding, int bugs, double onboardingAfter, double bugsAfter) {
        LocalDate adopted = baseline.page(manager, team).adoptedOn();
        // Pinned as the manager's own date: later chapters (outcomes) add older held sessions, which would move the
        // default (the first held session) and split the figures at another month than the one they were laid out for.
        baseline.setAdoption(manager, team, adopted);
        YearMonth adoption = YearMonth.from(adopted);
        YearMonth thisMonth = baseline.page(manager, team).thisMonth();
        List<BaselineRow> rows = new ArrayList<>();
        for (int i = -18; i <= 12; i++) {
            YearMonth month = adoption.plusMonths(i);
            if (i == 0 || month.isAfter(thisMonth)) {
                continue;
            }
            int noise = NOISE[(i + 18) % NOISE.length];
            double scaleDays = i > 0 ? onboardingAfter : 1.0;
            double scaleBugs = i > 0 ? bugsAfter : 1.0;
            Integer days = Math.floorMod(i, 4) == 3 ? null : (int) Math.round((onboarding + noise) * scaleDays);
            int bugCount = (int) Math.round((bugs - noise) * scaleBugs);
            rows.add(BaselineRow.typed(month, days, bugCount));
        }
        imports.commit(manager, team, rows);
    }
}
