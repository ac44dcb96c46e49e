package org.peerplanner.domain.session;

import org.peerplanner.domain.format.SessionFormat;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.peerplanner.domain.common.InvalidInputException;

/**
 * One learning session. Its lifecycle is PLANNED → CONFIRMED (the facilitator accepted) → HELD, or
 * CANCELLED with a reason. {@code revision} goes up on every change a calendar cares about (time,
 * place, title, facilitator, cancellation): it becomes the invite's SEQUENCE.
 */
// Over 400 lines on purpose (ClassSizeTest): mostly mapping, and the lifecycle rules stay beside the state they guard.
@Entity
@Table(name = "learning_session")
public class LearningSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Stable for the life of the session: calendars recognise updates by it. */
    @Column(nullable = false, unique = true, length = 100)
    private String uid;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "slot_date", nullable = false)
    private LocalDate slotDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionFormat format;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String agenda;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(length = 500)
    private String location;

    @Column(name = "facilitator_id")
    private Long facilitatorId;

    @Column(name = "co_facilitator_id")
    private Long coFacilitatorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "pairing_focus", length = 20)
    private PairingFocus pairingFocus;

    @Column(name = "change_link", length = 500)
    private String changeLink;

    @Column(length = 8000)
    private String takeaways;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SessionStatus status;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(nullable = false)
    private int revision;

    /** Set once the session was first confirmed: from then on its invite is in people's calendars. */
    @Column(nullable = false)
    private boolean announced;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "session_gap", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "gap_id")
    @BatchSize(size = 100)
    private Set<Long> gapIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "session_attendee", joinColumns = @JoinColumn(name = "session_id"))
    @BatchSize(size = 100)
    private List<Attendee> attendees = new ArrayList<>();

    /** Who actually came, ticked at wrap-up; until then those who answered yes. */
    @ElementCollection
    @CollectionTable(name = "session_attended", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "person_id")
    @BatchSize(size = 100)
    private Set<Long> attendedIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "session_material", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Material> materials = new ArrayList<>();

    protected LearningSession() {
    }

    /** A new session at revision 0; {@code edit.start()} is already in the team's zone. */
    LearningSession(long teamId, SessionEdit edit, Instant now) {
        checkDuration(edit.format(), edit.durationMinutes());
        this.uid = UUID.randomUUID() + "@peer-planner";
        this.teamId = teamId;
        this.slotDate = edit.start().toLocalDate();
        this.status = SessionStatus.PLANNED;
        this.createdAt = now;
        apply(edit);
        this.updatedAt = now;
    }

    static void checkDuration(SessionFormat format, int minutes) {
        if (!format.fits(minutes)) {
            throw InvalidInputException.of("durationMinutes", "A " + format.label().toLowerCase() + " lasts "
                    + format.minMinutes() + " to " + format.maxMinutes() + " minutes, not " + minutes + ".");
        }
    }

    /** Applies an edit; returns whether anything a calendar shows changed (and so the revision went up). */
    boolean revise(SessionEdit edit, Instant now) {
        requireNotFinished("edited");
        checkDuration(edit.format(), edit.durationMinutes());
        boolean calendarChange = !Objects.equals(title, edit.title())
                || !startsAt.equals(edit.start().toInstant()) || durationMinutes != edit.durationMinutes()
                || !Objects.equals(location, edit.location())
                || !Objects.equals(facilitatorId, edit.facilitatorId())
                || !Objects.equals(coFacilitatorId, edit.coFacilitatorId());
        if (!Objects.equals(facilitatorId, edit.facilitatorId())) {
            status = SessionStatus.PLANNED; // a new facilitator has not accepted yet
        }
        apply(edit);
        touch(calendarChange, now);
        return calendarChange;
    }

    private void apply(SessionEdit edit) {
        format = edit.format();
        title = edit.title();
        agenda = edit.agenda();
        startsAt = edit.start().toInstant();
        timeZone = edit.start().getZone().getId();
        durationMinutes = edit.durationMinutes();
        location = edit.location();
        facilitatorId = edit.facilitatorId();
        coFacilitatorId = edit.coFacilitatorId();
        pairingFocus = format == SessionFormat.PAIRING ? edit.pairingFocus() : null;
        changeLink = format == SessionFormat.CODE_REVIEW ? edit.changeLink() : null;
        materials.clear();
        materials.addAll(edit.materials());
    }

    void confirmBy(long personId, Instant now) {
        requireStatus(SessionStatus.PLANNED, "confirmed");
        if (facilitatorId == null || facilitatorId != personId) {
            throw InvalidInputException.of("facilitator", "Only the proposed facilitator can accept this session.");
        }
        status = SessionStatus.CONFIRMED;
        announced = true;
        touch(false, now);
    }

    /** The facilitator declines; the slot goes to {@code next} (or stays open when nobody is left). */
    void declineBy(long personId, Long next, Instant now) {
        requireNotFinished("declined");
        if (facilitatorId == null || facilitatorId != personId) {
            throw InvalidInputException.of("facilitator", "Only the proposed facilitator can decline this session.");
        }
        handOver(next, now);
    }

    void handOver(Long newFacilitator, Instant now) {
        requireNotFinished("handed over");
        facilitatorId = newFacilitator;
        status = SessionStatus.PLANNED;
        touch(true, now);
    }

    void hold(String takeawaysText, Instant now) {
        requireNotFinished("held");
        status = SessionStatus.HELD;
        attendedIds.clear();
        attendedIds.addAll(expectedToCome());
        if (takeawaysText != null && !takeawaysText.isBlank()) {
            takeaways = takeawaysText.strip();
        }
        touch(false, now);
    }

    /**
     * The facilitator's wrap-up: a session still upcoming is held, and takeaways and materials become what the
     * wrap-up says (it shows the current ones for editing). Returns whether the session was held just now.
     */
    boolean wrapUp(String takeawaysText, List<Material> newMaterials, Instant now) {
        if (status == SessionStatus.CANCELLED) {
            throw InvalidInputException.of("status", "A cancelled session has no wrap-up.");
        }
        boolean heldNow = status.isUpcoming();
        status = SessionStatus.HELD;
        if (heldNow) {
            attendedIds.clear();
            attendedIds.addAll(expectedToCome());
        }
        takeaways = takeawaysText == null || takeawaysText.isBlank() ? null : takeawaysText.strip();
        materials.clear();
        materials.addAll(newMaterials);
        touch(false, now);
        return heldNow;
    }

    /**
     * Marked held by mistake: back to confirmed when someone leads it (the invite is out), else planned. Takeaways
     * and materials stay, so holding it again loses nothing.
     */
    void setBack(Instant now) {
        requireStatus(SessionStatus.HELD, "set back");
        status = facilitatorId != null && announced ? SessionStatus.CONFIRMED : SessionStatus.PLANNED;
        touch(false, now);
    }

    /** A member offers to lead alongside the facilitator: only an upcoming session with a facilitator and a free place. */
    void takeCoFacilitation(long personId, Instant now) {
        requireNotFinished("co-facilitated");
        if (facilitatorId == null) {
            throw InvalidInputException.of("coFacilitator", "This session has nobody leading it yet: volunteer to lead it instead.");
        }
        if (facilitatorId == personId) {
            throw InvalidInputException.of("coFacilitator", "You already lead this session.");
        }
        if (coFacilitatorId != null) {
            throw InvalidInputException.of("coFacilitator", coFacilitatorId == personId ? "You already co-facilitate this session."
                    : "Someone already co-facilitates this session. Thank you all the same: look for another one.");
        }
        coFacilitatorId = personId;
        touch(true, now);
    }

    /**
     * Those who said they would come, and those who lead (they come by definition, as the session page counts them):
     * what the wrap-up proposes as attendance until someone ticks otherwise.
     */
    Set<Long> expectedToCome() {
        Set<Long> yes = new LinkedHashSet<>();
        attendees.stream().filter(a -> a.rsvp() == Rsvp.YES).forEach(a -> yes.add(a.personId()));
        getFacilitatorId().ifPresent(yes::add);
        getCoFacilitatorId().ifPresent(yes::add);
        return yes;
    }

    /** Whom the facilitator may tick as present: the invited and those who lead. */
    boolean mayAttend(long personId) {
        return attendees.stream().anyMatch(a -> a.personId() == personId) || isLedBy(personId);
    }

    void recordAttendance(Set<Long> people) {
        for (long person : people) {
            if (!mayAttend(person)) {
                throw InvalidInputException.of("attended", "Only people invited to the session or leading it can be"
                        + " ticked as present.");
            }
        }
        attendedIds.clear();
        attendedIds.addAll(people);
    }

    void cancel(String reason, Instant now) {
        requireNotFinished("cancelled");
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why the session is cancelled; attendees will see it.");
        }
        status = SessionStatus.CANCELLED;
        cancelReason = reason.strip();
        touch(true, now);
    }

    void recordTakeaways(String text, Instant now) {
        takeaways = text == null || text.isBlank() ? null : text.strip();
        touch(false, now);
    }

    void answer(long personId, Rsvp rsvp) {
        requireNotFinished("answered");
        attendees.removeIf(a -> a.personId() == personId);
        attendees.add(new Attendee(personId, rsvp));
    }

    void invite(Set<Long> people) {
        people.stream().filter(p -> attendees.stream().noneMatch(a -> a.personId() == p))
                .forEach(p -> attendees.add(new Attendee(p, Rsvp.PENDING)));
    }

    void address(Set<Long> gaps) {
        gapIds.clear();
        gapIds.addAll(gaps);
    }

    private void touch(boolean calendarChange, Instant now) {
        if (calendarChange) {
            revision++;
        }
        updatedAt = now;
    }

    private void requireStatus(SessionStatus expected, String verb) {
        if (status != expected) {
            throw InvalidInputException.of("status", "A " + status.label().toLowerCase() + " session cannot be " + verb + ".");
        }
    }

    private void requireNotFinished(String verb) {
        if (!status.isUpcoming()) {
            throw InvalidInputException.of("status", "A " + status.label().toLowerCase() + " session cannot be " + verb + ".");
        }
    }

    /**
     * Whether this person is among those a confidential session's notes stay with: who leads it and who said they
     * come (presenters of a roundtable say yes when they agree to present). Every session shares with everyone
     * else who may see it.
     */
    public boolean sharesNotesWith(long personId) {
        if (!format.isConfidential()) {
            return true;
        }
        return isLedBy(personId)
                || attendees.stream().anyMatch(a -> a.personId() == personId && a.rsvp() == Rsvp.YES);
    }

    /** Whether the person leads it or co-leads it. */
    public boolean isLedBy(long personId) {
        return Objects.equals(facilitatorId, personId) || Objects.equals(coFacilitatorId, personId);
    }

    /** The title as feeds, invites and notifications show it: only the format's name for a confidential one. */
    public String getTitleBeyondAttendees() {
        return format.titleBeyondAttendees(title);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getUid() { return uid; }
    public long getTeamId() { return teamId; }
    public LocalDate getSlotDate() { return slotDate; }
    public SessionFormat getFormat() { return format; }
    public String getTitle() { return title; }
    public String getAgenda() { return agenda; }
    public ZonedDateTime getStart() { return startsAt.atZone(ZoneId.of(timeZone)); }
    public Instant getStartsAt() { return startsAt; }
    public Duration getDuration() { return Duration.ofMinutes(durationMinutes); }
    public int getDurationMinutes() { return durationMinutes; }
    public String getLocation() { return location; }
    public Optional<Long> getFacilitatorId() { return Optional.ofNullable(facilitatorId); }
    public Optional<Long> getCoFacilitatorId() { return Optional.ofNullable(coFacilitatorId); }
    public PairingFocus getPairingFocus() { return pairingFocus; }
    public String getChangeLink() { return changeLink; }
    public String getTakeaways() { return takeaways; }
    public SessionStatus getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public int getRevision() { return revision; }
    public boolean isAnnounced() { return announced; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<Long> getGapIds() { return Set.copyOf(gapIds); }
    public List<Attendee> getAttendees() { return List.copyOf(attendees); }
    public List<Material> getMaterials() { return List.copyOf(materials); }
    public Set<Long> getAttendedIds() { return Set.copyOf(attendedIds); }
}
