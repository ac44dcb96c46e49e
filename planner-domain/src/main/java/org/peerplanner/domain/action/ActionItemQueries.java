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
import java.util.Set;
import java.util.stream.Collectors;
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

    /** What a roundtable commitment shows as to anyone beyond the roundtable's attendees. */
    static final String ROUNDTABLE_COMMITMENT = "A commitment from a peer roundtable";
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
        var views = new Views(actor, latestOutcomes(outcomes.forOwner(actor.personId())), roundtablesSharedWith(actor, rows));
        return rows.stream().map(r -> views.of(r, false)).sorted(MINE).toList();
    }

    /** Every item of the team, overdue first, then grouped as asked. */
    public List<ActionItemView> teamReview(Actor actor, long teamId, ReviewOrder order) {
        access.requireVisibleTeam(actor, teamId);
        boolean manages = access.canManageTeam(actor, teamId);
        var latest = latestOutcomes(outcomes.forTeam(teamId));
        var rows = items.teamRows(teamId, clock.instant());
        var views = new Views(actor, latest, roundtablesSharedWith(actor, rows));
        return rows.stream().map(r -> views.of(r, manages))
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
        var rows = items.carriedInto(session.getTeamId(), sessionId, session.getStartsAt(),
                session.getFormat().isConfidential(), clock.instant());
        var all = outcomes.forItems(rows.stream().map(ItemRow::id).toList());
        var latest = latestOutcomes(all);
        var here = latestOutcomes(all.stream().filter(o -> Objects.equals(o.getSessionId(), sessionId)).toList());
        // At a roundtable its presenters tell how it went: those who attend this one hear it, whoever came last time.
        var shared = session.getFormat().isConfidential() && session.sharesNotesWith(actor.personId())
                ? rows.stream().map(ItemRow::sessionId).filter(Objects::nonNull).collect(Collectors.toSet())
                : roundtablesSharedWith(actor, rows);
        var views = new Views(actor, latest, shared);
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
        var views = new Views(actor, latestOutcomes(outcomes.forItems(rows.stream().map(ItemRow::id).toList())),
                roundtablesSharedWith(actor, rows));
        return rows.stream().map(r -> views.of(r, manages)).sorted(Comparator.comparing(ActionItemView::id)).toList();
    }

    /**
     * The open items carried into a session (raised before it started, still open), for its invite. System use:
     * no viewer, so only send the result to the session's own team.
     */
    public List<CarriedItem> openCarriedInto(long sessionId) {
        // A roundtable's invite names only the format; its commitments are read on its page, by those who attend.
        return sessions.session(sessionId).filter(s -> !s.getFormat().isConfidential())
                .map(s -> items.carriedInto(s.getTeamId(), sessionId, s.getStartsAt(), false,
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

    /** For invites and feeds, which travel beyond the app: a roundtable commitment is named, not quoted. */
    private CarriedItem carried(ItemRow r) {
        String description = r.fromRoundtable() ? ROUNDTABLE_COMMITMENT : r.description();
        return new CarriedItem(r.id(), r.teamId(), r.teamName(), description, r.ownerId(), r.ownerName(), r.dueOn(),
                overdue(r, today(ZoneId.of(r.teamZone()))), r.updatedAt());
    }

    /**
     * Of the roundtables these rows come from, those whose notes the viewer shares (leads or attends): one look-up
     * for the whole list, and none when no row comes from a roundtable.
     */
    private Set<Long> roundtablesSharedWith(Actor actor, List<ItemRow> rows) {
        Set<Long> ids = rows.stream().filter(ItemRow::fromRoundtable).map(ItemRow::sessionId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Set.of();
        }
        return sessions.sessions(ids).stream().filter(s -> s.sharesNotesWith(actor.personId()))
                .map(LearningSession::getId).collect(Collectors.toSet());
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
        private final Set<Long> sharedRoundtables;
        private final Map<String, LocalDate> todayByZone = new HashMap<>();

        Views(Actor actor, Map<Long, OutcomeRecord> latest, Set<Long> sharedRoundtables) {
            this.actor = actor;
            this.latest = latest;
            this.sharedRoundtables = sharedRoundtables;
        }

        ActionItemView of(ItemRow r, boolean managesTeam) {
            if (r.fromRoundtable() && r.ownerId() != actor.personId() && !sharedRoundtables.contains(r.sessionId())) {
                return withheld(r);
            }
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

        /**
         * Someone else's roundtable commitment, seen by a member or manager who did not attend: that it exists, whose
         * it is and when it is due (so the team review still counts it), not what it says. Nobody may change it from
         * here: an edit form would have only the withheld text to save.
         */
        private ActionItemView withheld(ItemRow r) {
            LocalDate today = todayByZone.computeIfAbsent(r.teamZone(), z -> today(ZoneId.of(z)));
            ZoneId zone = ZoneId.of(r.teamZone());
            OutcomeRecord last = latest.get(r.id());
            return new ActionItemView(r.id(), r.version(), r.teamId(), r.teamName(), ROUNDTABLE_COMMITMENT, r.ownerId(),
                    r.ownerName(), r.dueOn(), r.status(), null, r.sessionId(), r.sessionStart().atZone(zone), null,
                    r.sessionFormat().label() + " (" + r.sessionStart().atZone(zone).format(SESSION_DATE) + ")",
                    r.sessionsOnAgenda(), overdue(r, today), last == null ? null : last.getOutcome(), null, false);
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
