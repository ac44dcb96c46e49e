package org.peerplanner.domain.action;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.gap.GapVisibility;
import org.peerplanner.domain.session.LearningSession;
import org.peerplanner.domain.session.SessionLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads action items: "my action items", the team review, a session's "how did it go?" list, and (without an
 * actor, for invites and calendar feeds) the open items carried into a session and a person's open items due
 * in a date range. Each list costs a fixed number of queries, however many items there are.
 */
@Service
@Transactional(readOnly = true)
public class ActionItemQueries {

    private static final DateTimeFormatter SESSION_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Comparator<ActionItemView> MINE = Comparator.comparing((ActionItemView i) -> !i.open())
            .thenComparing(i -> !i.overdue())
            .thenComparing(ActionItemView::dueOn)
            .thenComparing(ActionItemView::id);

    private final ActionItemRepository items;
    private final OutcomeRecordRepository outcomes;
    private final SessionLookup sessions;
    private final TeamAccess access;
    private final Clock clock;

    ActionItemQueries(ActionItemRepository items, OutcomeRecordRepository outcomes, SessionLookup sessions,
                      TeamAccess access, Clock clock) {
        this.items = items;
        this.outcomes = outcomes;
        this.sessions = sessions;
        this.access = access;
        this.clock = clock;
    }

    /** The viewer's own items in the teams they are in: open ones first, overdue first, then by due date. */
    public List<ActionItemView> mine(Actor actor) {
        var rows = items.ownerRows(actor.personId(), clock.instant());
        var views = new Views(actor, latestOutcomes(outcomes.forOwner(actor.personId())));
        return rows.stream().map(r -> views.of(r, false)).sorted(MINE).toList();
    }

    /** Every item of the team, overdue first, then grouped as asked. */
    public List<ActionItemView> teamReview(Actor actor, long teamId, ReviewOrder order) {
        access.requireVisibleTeam(actor, teamId);
        boolean manages = access.canManageTeam(actor, teamId);
        var latest = latestOutcomes(outcomes.forTeam(teamId));
        var views = new Views(actor, latest);
        return items.teamRows(teamId, clock.instant()).stream().map(r -> views.of(r, manages))
                .sorted(order.comparator()).toList();
    }

    /**
     * The session's "how did it go?" list: the team's items raised before it started that are still open, and
     * those closed at this session, each with the answer recorded here.
     */
    public List<AgendaItem> agenda(Actor actor, long sessionId) {
        LearningSession session = visibleSession(actor, sessionId);
        boolean manages = access.canManageTeam(actor, session.getTeamId());
        boolean leads = leads(actor, session);
        var rows = items.carriedInto(session.getTeamId(), sessionId, session.getStartsAt(), clock.instant());
        var all = outcomes.forItems(rows.stream().map(ItemRow::id).toList());
        var latest = latestOutcomes(all);
        var here = latestOutcomes(all.stream().filter(o -> Objects.equals(o.getSessionId(), sessionId)).toList());
        var views = new Views(actor, latest);
        return rows.stream().map(r -> views.of(r, manages))
                .sorted(Comparator.comparing((ActionItemView i) -> !i.overdue()).thenComparing(ActionItemView::dueOn)
                        .thenComparing(ActionItemView::id))
                .map(v -> {
                    OutcomeRecord o = here.get(v.id());
                    return new AgendaItem(v, o == null ? null : o.getOutcome(), o == null ? null : o.getNote(),
                            v.viewerMayUpdate() || leads);
                }).toList();
    }

    /** Items written down at a session (its wrap-up). */
    public List<ActionItemView> raisedAt(Actor actor, long sessionId) {
        LearningSession session = visibleSession(actor, sessionId);
        boolean manages = access.canManageTeam(actor, session.getTeamId());
        var rows = items.raisedAt(sessionId, clock.instant());
        var views = new Views(actor, latestOutcomes(outcomes.forItems(rows.stream().map(ItemRow::id).toList())));
        return rows.stream().map(r -> views.of(r, manages)).sorted(Comparator.comparing(ActionItemView::id)).toList();
    }

    /**
     * The open items carried into a session (raised before it started, still open), for its invite. System use:
     * no viewer, so only send the result to the session's own team.
     */
    public List<CarriedItem> openCarriedInto(long sessionId) {
        return sessions.session(sessionId).map(s -> items.carriedInto(s.getTeamId(), sessionId, s.getStartsAt(),
                        clock.instant()).stream()
                .filter(r -> r.status() == ActionItemStatus.OPEN)
                .map(this::carried)
                .sorted(Comparator.comparing(CarriedItem::dueOn).thenComparing(CarriedItem::itemId))
                .toList()).orElse(List.of());
    }

    /** A person's open items due in [from, to] across the teams they are in, for their personal calendar feed. */
    public List<CarriedItem> openDueFor(long personId, LocalDate from, LocalDate to) {
        return items.openDueFor(personId, from, to, clock.instant()).stream().map(this::carried)
                .sorted(Comparator.comparing(CarriedItem::dueOn).thenComparing(CarriedItem::itemId)).toList();
    }

    private CarriedItem carried(ItemRow r) {
        return new CarriedItem(r.id(), r.teamId(), r.teamName(), r.description(), r.ownerId(), r.ownerName(), r.dueOn(),
                overdue(r, today(ZoneId.of(r.teamZone()))), r.updatedAt());
    }

    private LearningSession visibleSession(Actor actor, long sessionId) {
        return sessions.session(sessionId).filter(s -> access.canSeeTeam(actor, s.getTeamId()))
                .orElseThrow(() -> new NotFoundException("The session"));
    }

    static boolean leads(Actor actor, LearningSession session) {
        Predicate<Long> isActor = id -> id == actor.personId();
        return session.getFacilitatorId().filter(isActor).isPresent()
                || session.getCoFacilitatorId().filter(isActor).isPresent();
    }

    static boolean overdue(ItemRow r, LocalDate today) {
        return r.status() == ActionItemStatus.OPEN && r.dueOn().isBefore(today);
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    private static Map<Long, OutcomeRecord> latestOutcomes(Collection<OutcomeRecord> oldestFirst) {
        Map<Long, OutcomeRecord> latest = new HashMap<>();
        oldestFirst.forEach(o -> latest.put(o.getItemId(), o));
        return latest;
    }

    /** Turns rows into views for one viewer; "today" is worked out once per team zone. */
    private final class Views {
        private final Actor actor;
        private final Map<Long, OutcomeRecord> latest;
        private final Map<String, LocalDate> todayByZone = new HashMap<>();

        Views(Actor actor, Map<Long, OutcomeRecord> latest) {
            this.actor = actor;
            this.latest = latest;
        }

        ActionItemView of(ItemRow r, boolean managesTeam) {
            LocalDate today = todayByZone.computeIfAbsent(r.teamZone(), z -> today(ZoneId.of(z)));
            ZoneId zone = ZoneId.of(r.teamZone());
            OutcomeRecord last = latest.get(r.id());
            boolean ledSource = Objects.equals(r.sessionFacilitatorId(), actor.personId())
                    || Objects.equals(r.sessionCoFacilitatorId(), actor.personId());
            return new ActionItemView(r.id(), r.version(), r.teamId(), r.teamName(), r.description(), r.ownerId(),
                    r.ownerName(), r.dueOn(), r.status(), r.closeNote(), r.sessionId(),
                    r.sessionStart() == null ? null : r.sessionStart().atZone(zone), r.gapId(), source(r, zone, managesTeam),
                    r.sessionsOnAgenda(), overdue(r, today), last == null ? null : last.getOutcome(),
                    last == null ? null : last.getNote(),
                    r.ownerId() == actor.personId() || managesTeam || actor.administrator() || ledSource);
        }

        private String source(ItemRow r, ZoneId zone, boolean managesTeam) {
            if (r.sessionId() != null) {
                return r.sessionTitle() + " (" + r.sessionStart().atZone(zone).format(SESSION_DATE) + ")";
            }
            if (r.gapId() != null) {
                boolean visible = GapVisibility.canSee(Boolean.TRUE.equals(r.gapConfidential()),
                        r.gapReporterId() == null ? -1 : r.gapReporterId(), actor.personId(),
                        managesTeam || actor.administrator());
                return visible ? "Gap: " + r.gapTitle() : "A confidential gap";
            }
            return "—";
        }
    }
}
