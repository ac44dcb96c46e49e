package org.peerplanner.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.domain.action.Outcome;
import org.peerplanner.domain.action.ReviewOrder;
import org.peerplanner.domain.gap.GapBoardService;
import org.peerplanner.domain.gap.GapFilter;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.session.SessionCard;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Follow-ups from the latest held sessions of both teams, in every state: open, done, dropped with a note,
 * overdue, and carried over twice (progressing at two later sessions). The services stamp "now" on what they
 * write, but this history happened at past sessions, so the demo moves those stamps back to the sessions'
 * times afterwards (plain SQL: no service offers rewriting history, on purpose).
 */
@Component
@DemoMode
class ActionItemsDemo implements DemoChapter {

    private final ActionItemService actions;
    private final ActionItemQueries queries;
    private final SessionService sessions;
    private final GapBoardService gaps;
    private final JdbcTemplate jdbc;

    ActionItemsDemo(ActionItemService actions, ActionItemQueries queries, SessionService sessions, GapBoardService gaps,
                    JdbcTemplate jdbc) {
        this.actions = actions;
        this.queries = queries;
        this.sessions = sessions;
        this.gaps = gaps;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed(DemoOrganisation org) {
        long payments = org.team("payments");
        if (!queries.teamReview(DemoOrganisation.SYSTEM, payments, ReviewOrder.BY_SESSION).isEmpty()) {
            return;
        }
        paymentsPlatform(org, payments);
        mobileApps(org, org.team("mobile"));
    }

    private void paymentsPlatform(DemoOrganisation org, long team) {
        var story = new Story(org, org.actor("maria"), held(org.actor("maria"), team));
        long runbook = story.raise(2, "Write the runbook for consumer lag alerts", "jonas", story.date(1));
        story.outcome(runbook, 1, Outcome.PROGRESSING, "First draft in the wiki; needs the dashboard links");
        story.outcome(runbook, 0, Outcome.PROGRESSING, "Dashboards linked; waiting for on-call to review");
        long keys = story.raise(2, "Add idempotency keys to the refund endpoint", "aisha", org.today().plusDays(5));
        story.outcome(keys, 1, Outcome.PROGRESSING, "Pull request open");
        story.outcome(keys, 0, Outcome.BLOCKED, "Waiting for the API review board");
        long slides = story.raise(1, "Share the flame graph slides in the team channel", "lukas", story.date(0));
        story.outcome(slides, 0, Outcome.DONE, "Shared, with the recording");
        long reuse = story.raise(1, "Try Testcontainers reuse in CI", "zoe", story.date(0));
        story.outcome(reuse, 0, Outcome.DROPPED, "CI runners are ephemeral, so reuse gains nothing there");
        long flags = story.raise(3, "List the feature flags older than 90 days", "jonas", story.date(2));
        actions.complete(org.actor("jonas"), flags, "23 flags listed; cleanup tickets filed");
        story.raise(0, "Comment on the incident review template", "tomas", null);
        story.raise(0, "Book a room for the next deep dive", "maria", org.today().minusDays(2));
        gaps.board(DemoOrganisation.SYSTEM, team, GapFilter.everything().withStatuses(Set.of(GapStatus.OPEN)),
                        PageRequest.of(0, 1)).stream().findFirst()
                .ifPresent(gap -> actions.raiseForGap(org.actor("maria"), gap.id(), new ActionItemDraft(
                        "Find someone outside the team who can teach: " + gap.title(), org.person("aisha"),
                        org.today().plusDays(12))));
    }

    private void mobileApps(DemoOrganisation org, long team) {
        var story = new Story(org, org.actor("daniel"), held(org.actor("daniel"), team));
        long checklist = story.raise(2, "Publish the accessibility checklist", "priya", story.date(1));
        story.outcome(checklist, 1, Outcome.PROGRESSING, "Half the screens audited");
        story.outcome(checklist, 0, Outcome.PROGRESSING, "Audit done; writing it up");
        long train = story.raise(1, "Record the release train walkthrough", "sam", story.date(0));
        story.outcome(train, 0, Outcome.DONE, null);
        long snapshots = story.raise(1, "Try snapshot tests for the settings screen", "emily", story.date(0));
        story.outcome(snapshots, 0, Outcome.DROPPED, "The screen is being redesigned next quarter");
        story.raise(0, "Collect the crash-free rate per release", "hannah", org.today().minusDays(1));
        story.raise(0, "Profile cold start on the oldest supported iPhone", "priya", null);
    }

    private List<SessionCard> held(Actor manager, long team) {
        return sessions.past(manager, team, 20).stream().filter(s -> s.status() == SessionStatus.HELD).toList();
    }

    /** One team's follow-ups; session k is the k-th latest held session (0 = the latest). */
    private final class Story {
        private final DemoOrganisation org;
        private final Actor manager;
        private final List<SessionCard> held;

        Story(DemoOrganisation org, Actor manager, List<SessionCard> held) {
            this.org = org;
            this.manager = manager;
            this.held = held;
        }

        LocalDate date(int k) {
            return held.get(k).start().toLocalDate();
        }

        long raise(int k, String text, String owner, LocalDate due) {
            SessionCard at = held.get(k);
            long id = actions.raiseAtSession(manager, at.id(), new ActionItemDraft(text, org.person(owner), due));
            Instant written = at.start().toInstant().plus(Duration.ofMinutes(at.durationMinutes()));
            jdbc.update("update action_item set created_at = ?, agenda_from = ?, updated_at = ? where id = ?",
                    utc(written), utc(written), utc(written), id);
            return id;
        }

        void outcome(long itemId, int k, Outcome outcome, String note) {
            SessionCard at = held.get(k);
            actions.recordOutcome(manager, itemId, at.id(), outcome, note);
            Instant recorded = at.start().toInstant().plus(Duration.ofMinutes(10));
            jdbc.update("update action_item_outcome set recorded_at = ? where item_id = ? and session_id = ?",
                    utc(recorded), itemId, at.id());
            jdbc.update("update action_item set closed_at = ?, updated_at = ? where id = ? and closed_in_session_id = ?",
                    utc(recorded), utc(recorded), itemId, at.id());
        }

        private static LocalDateTime utc(Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
    }
}
