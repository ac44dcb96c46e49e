package org.peerplanner.domain.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.peerplanner.domain.common.InvalidInputException;

/**
 * A follow-up someone owns after a session (or for a gap). It stays OPEN, and on the agenda of the team's
 * sessions that start after {@code agendaFrom}, until it is DONE or DROPPED (a drop says why).
 */
@Entity
@Table(name = "action_item")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "gap_id")
    private Long gapId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ActionItemStatus status;

    @Column(name = "close_note", length = 1000)
    private String closeNote;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_in_session_id")
    private Long closedInSessionId;

    @Column(name = "agenda_from", nullable = false)
    private Instant agendaFrom;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ActionItem() {
    }

    ActionItem(long teamId, Long sessionId, Long gapId, Instant sourceStart, ActionItemDraft draft, long createdBy,
               Instant now) {
        this.teamId = teamId;
        this.sessionId = sessionId;
        this.gapId = gapId;
        this.status = ActionItemStatus.OPEN;
        this.agendaFrom = sourceStart != null && sourceStart.isAfter(now) ? sourceStart : now;
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(draft, now);
    }

    void revise(ActionItemDraft draft, Instant now) {
        apply(draft, now);
    }

    private void apply(ActionItemDraft draft, Instant now) {
        description = draft.description();
        ownerId = draft.ownerId();
        dueOn = draft.dueOn();
        updatedAt = now;
    }

    /** Applies an outcome: DONE and DROPPED close the item (a drop needs a note), the others keep it open. */
    void record(Outcome outcome, String note, Long atSessionId, Instant now) {
        switch (outcome) {
            case DONE, DROPPED -> close(outcome, note, atSessionId, now);
            case PROGRESSING, BLOCKED -> {
                requireOpen();
                updatedAt = now;
            }
            case REOPENED -> reopen(now);
        }
    }

    private void close(Outcome outcome, String note, Long atSessionId, Instant now) {
        requireOpen();
        if (outcome == Outcome.DROPPED && (note == null || note.isBlank())) {
            throw InvalidInputException.of("note", "Say why the item is dropped, so the team knows later.");
        }
        status = outcome == Outcome.DONE ? ActionItemStatus.DONE : ActionItemStatus.DROPPED;
        closeNote = note == null || note.isBlank() ? null : note.strip();
        closedAt = now;
        closedInSessionId = atSessionId;
        updatedAt = now;
    }

    private void reopen(Instant now) {
        if (status == ActionItemStatus.OPEN) {
            throw InvalidInputException.of("status", "This action item is already open.");
        }
        status = ActionItemStatus.OPEN;
        closeNote = null;
        closedAt = null;
        closedInSessionId = null;
        updatedAt = now;
    }

    private void requireOpen() {
        if (status != ActionItemStatus.OPEN) {
            throw InvalidInputException.of("status", "This action item is already " + status.label().toLowerCase()
                    + "; reopen it first.");
        }
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getTeamId() { return teamId; }
    public String getDescription() { return description; }
    public long getOwnerId() { return ownerId; }
    public LocalDate getDueOn() { return dueOn; }
    public Long getSessionId() { return sessionId; }
    public Long getGapId() { return gapId; }
    public ActionItemStatus getStatus() { return status; }
    public String getCloseNote() { return closeNote; }
    public Instant getClosedAt() { return closedAt; }
    public Long getClosedInSessionId() { return closedInSessionId; }
    public Instant getAgendaFrom() { return agendaFrom; }
    public Instant getCreatedAt() { return createdAt; }
}
