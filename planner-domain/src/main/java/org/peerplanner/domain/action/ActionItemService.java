package org.peerplanner.domain.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.session.LearningSession;
import org.peerplanner.domain.session.SessionLookup;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.domain.team.TeamLookup;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes action items: raise one at a session or for a gap, edit, complete, drop (with a note), reopen, and
 * record "how did it go?" at a later session. The owner, the team's managers and the facilitators of the item's
 * session may change an item; at a later session its facilitators may record an outcome too.
 */
@Service
@Transactional(readOnly = true)
public class ActionItemService {

    /** When the team has no session planned after the source, an item is due this many days later. */
    static final int FALLBACK_DAYS = 14;

    private final ActionItemRepository items;
    private final OutcomeRecordRepository outcomes;
    private final SessionLookup sessions;
    private final TeamLookup teams;
    private final GapService gaps;
    private final TeamAccess access;
    private final CommandValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionItemService(ActionItemRepository items, OutcomeRecordRepository outcomes, SessionLookup sessions,
                      TeamLookup teams, GapService gaps, TeamAccess access,
                      CommandValidator validator, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.outcomes = outcomes;
        this.sessions = sessions;
        this.teams = teams;
        this.gaps = gaps;
        this.access = access;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    /** The team's managers and the session's facilitators write down what came out of a session. */
    @Transactional
    public long raiseAtSession(Actor actor, long sessionId, ActionItemDraft draft) {
        LearningSession session = session(actor, sessionId);
        requireLeadOrManager(actor, session);
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw InvalidInputException.of("session", "A cancelled session has no action items.");
        }
        ActionItemDraft checked = check(session.getTeamId(), draft, session.getStartsAt());
        return items.save(new ActionItem(session.getTeamId(), sessionId, null, session.getStartsAt(), checked,
                actor.personId(), clock.instant())).getId();
    }

    /** Several items at once, all or none; field errors are keyed "items.<index>.<field>". */
    @Transactional
    public List<Long> raiseAllAtSession(Actor actor, long sessionId, List<ActionItemDraft> drafts) {
        Map<String, String> problems = problems(actor, sessionId, drafts);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return drafts.stream().map(d -> raiseAtSession(actor, sessionId, d)).toList();
    }

    /** What is wrong with these drafts, keyed "items.<index>.<field>"; empty when they can be saved. */
    Map<String, String> problems(Actor actor, long sessionId, List<ActionItemDraft> drafts) {
        Map<String, String> problems = new LinkedHashMap<>();
        LearningSession session = session(actor, sessionId);
        for (int i = 0; i < drafts.size(); i++) {
            try {
                check(session.getTeamId(), drafts.get(i), session.getStartsAt());
            } catch (InvalidInputException e) {
                int index = i;
                e.fieldErrors().forEach((field, message) -> problems.put("items." + index + "." + field, message));
            }
        }
        return problems;
    }

    /** A manager turns a gap into a follow-up without waiting for a session. */
    @Transactional
    public long raiseForGap(Actor actor, long gapId, ActionItemDraft draft) {
        var gap = gaps.details(actor, gapId); // not found for those who may not see it
        access.requireManager(actor, gap.teamId());
        ActionItemDraft checked = check(gap.teamId(), draft, null);
        return items.save(new ActionItem(gap.teamId(), null, gapId, null, checked, actor.personId(),
                clock.instant())).getId();
    }

    @Transactional
    public void revise(Actor actor, long itemId, long expectedVersion, ActionItemDraft draft) {
        ActionItem item = updatable(actor, itemId);
        if (item.getVersion() != expectedVersion) {
            throw new ConflictException("This action item");
        }
        item.revise(check(item.getTeamId(), draft, null), clock.instant());
        save(item);
    }

    @Transactional
    public void complete(Actor actor, long itemId, String note) {
        apply(actor, updatable(actor, itemId), Outcome.DONE, note, null);
    }

    @Transactional
    public void drop(Actor actor, long itemId, String note) {
        apply(actor, updatable(actor, itemId), Outcome.DROPPED, note, null);
    }

    @Transactional
    public void reopen(Actor actor, long itemId) {
        apply(actor, updatable(actor, itemId), Outcome.REOPENED, null, null);
    }

    /**
     * "How did it go?" at a session the item is on the agenda of: DONE closes it, DROPPED closes it with the
     * required note, PROGRESSING and BLOCKED keep it open for the following agenda.
     */
    @Transactional
    public void recordOutcome(Actor actor, long itemId, long sessionId, Outcome outcome, String note) {
        LearningSession session = session(actor, sessionId);
        ActionItem item = items.findById(itemId).filter(i -> i.getTeamId() == session.getTeamId())
                .orElseThrow(() -> new NotFoundException("The action item"));
        if (!mayUpdate(actor, item) && !ActionItemQueries.leads(actor, session)) {
            throw new NotPermittedException(
                    "Only the owner, the team's managers and the session's facilitators can record how it went.");
        }
        if (outcome == null || outcome == Outcome.REOPENED) {
            throw InvalidInputException.of("outcome", "Choose how it went: done, progressing, blocked or dropped.");
        }
        boolean onAgenda = session.getStatus() != SessionStatus.CANCELLED
                && item.getAgendaFrom().isBefore(session.getStartsAt())
                && (item.getSessionId() == null || item.getSessionId() != sessionId);
        if (!onAgenda) {
            throw InvalidInputException.of("session", "This item is not on that session's agenda.");
        }
        apply(actor, item, outcome, note, sessionId);
    }

    /** The default due date of an item raised at the session: the day of the team's next session after it. */
    public LocalDate defaultDueDate(Actor actor, long sessionId) {
        LearningSession session = session(actor, sessionId);
        return defaultDue(session.getTeamId(), session.getStartsAt());
    }

    /**
     * The start day (in the team's zone) of the team's next session after both the source and now, so a late
     * wrap-up never defaults to a date already past; {@value #FALLBACK_DAYS} days on when none is planned.
     */
    LocalDate defaultDue(long teamId, Instant sourceStart) {
        ZoneId zone = teams.team(teamId).orElseThrow(() -> new NotFoundException("The team")).getTimeZone();
        Instant now = clock.instant();
        Instant after = sourceStart != null && sourceStart.isAfter(now) ? sourceStart : now;
        return items.sessionStartsAfter(teamId, after,
                        EnumSet.of(SessionStatus.PLANNED, SessionStatus.CONFIRMED, SessionStatus.HELD), PageRequest.of(0, 1))
                .stream().findFirst().map(start -> start.atZone(zone).toLocalDate())
                .orElseGet(() -> after.atZone(zone).toLocalDate().plusDays(FALLBACK_DAYS));
    }

    private void apply(Actor actor, ActionItem item, Outcome outcome, String note, Long sessionId) {
        if (note != null && note.strip().length() > 1000) {
            throw InvalidInputException.of("note", "A note has at most 1000 characters.");
        }
        Instant now = clock.instant();
        ActionItemStatus before = item.getStatus();
        item.record(outcome, note, sessionId, now);
        save(item);
        outcomes.save(new OutcomeRecord(item.getId(), sessionId, outcome, note, actor.personId(), now));
        if (item.getStatus() == ActionItemStatus.DONE) {
            events.publishEvent(done(item));
        } else if (before != ActionItemStatus.OPEN && item.getStatus() == ActionItemStatus.OPEN) {
            events.publishEvent(new ActionItemReopened(item.getId(), item.getTeamId()));
        }
    }

    /**
     * A done item as the ledger counts it. One marked done without a closing time (written past the service, e.g. by
     * an import or by hand) counts as done when it was written, rather than stopping the ledger's backfill.
     */
    static ActionItemDone done(ActionItem item) {
        Instant doneAt = item.getClosedAt() != null ? item.getClosedAt() : item.getCreatedAt();
        return new ActionItemDone(item.getId(), item.getTeamId(), item.getOwnerId(), item.getDescription(), doneAt);
    }

    private ActionItemDraft check(long teamId, ActionItemDraft draft, Instant sourceStart) {
        validator.check(draft);
        if (!teams.isMember(teamId, draft.ownerId())) {
            throw InvalidInputException.of("ownerId", "The owner must be a member of the team.");
        }
        return draft.dueOn() != null ? draft
                : new ActionItemDraft(draft.description(), draft.ownerId(), defaultDue(teamId, sourceStart));
    }

    private ActionItem updatable(Actor actor, long itemId) {
        ActionItem item = items.findById(itemId).filter(i -> access.canSeeTeam(actor, i.getTeamId()))
                .orElseThrow(() -> new NotFoundException("The action item"));
        if (!mayUpdate(actor, item)) {
            throw new NotPermittedException(
                    "Only the owner, the team's managers and the session's facilitators can change this action item.");
        }
        return item;
    }

    private boolean mayUpdate(Actor actor, ActionItem item) {
        return item.getOwnerId() == actor.personId() || access.canManageTeam(actor, item.getTeamId())
                || (item.getSessionId() != null && sessions.session(item.getSessionId())
                        .map(s -> ActionItemQueries.leads(actor, s)).orElse(false));
    }

    private void requireLeadOrManager(Actor actor, LearningSession session) {
        if (!access.canManageTeam(actor, session.getTeamId()) && !ActionItemQueries.leads(actor, session)) {
            throw new NotPermittedException("Only the team's managers and the session's facilitators can add action items.");
        }
    }

    private LearningSession session(Actor actor, long sessionId) {
        return sessions.session(sessionId).filter(s -> access.canSeeTeam(actor, s.getTeamId()))
                .orElseThrow(() -> new NotFoundException("The session"));
    }

    private void save(ActionItem item) {
        try {
            items.saveAndFlush(item);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("This action item");
        }
    }
}
