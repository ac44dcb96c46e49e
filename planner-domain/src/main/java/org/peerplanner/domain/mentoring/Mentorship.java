package org.peerplanner.domain.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A mentor and a mentee meeting on the rhythm they agreed, towards one goal. */
@Entity
@Table(name = "mentorship")
class Mentorship {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(name = "mentee_id", nullable = false)
    private long menteeId;

    @Column(nullable = false, length = 80)
    private String goal;

    @Column(name = "open_goal_key", length = 80)
    private String openGoalKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Rhythm rhythm;

    @Column(nullable = false)
    private int weekday;

    @Column(name = "meeting_time", nullable = false)
    private LocalTime meetingTime;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "video_link", length = 300)
    private String videoLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MentorshipState state;

    @Column(name = "paused_until")
    private LocalDate pausedUntil;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "ended_by")
    private Long endedBy;

    @Column(name = "end_reason", length = 500)
    private String endReason;

    @Column(name = "shared_notes", length = 4000)
    private String sharedNotes;

    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the meetings last changed: what a calendar feed's Last-Modified follows. */
    @Column(name = "calendar_changed_at")
    private Instant calendarChangedAt;

    protected Mentorship() {
    }

    Mentorship(MentoringRequest request, MeetingPlan plan, Instant now) {
        this.requestId = request.getId();
        this.mentorId = request.getMentorId();
        this.menteeId = request.getMenteeId();
        this.goal = request.getGoal();
        this.openGoalKey = request.getGoalKey();
        this.rhythm = plan.rhythm();
        this.weekday = plan.weekday().getValue();
        this.meetingTime = plan.time();
        this.durationMinutes = plan.durationMinutes();
        this.startsOn = plan.startsOn();
        this.videoLink = plan.videoLink() == null || plan.videoLink().isBlank() ? null : plan.videoLink().strip();
        this.state = MentorshipState.ACTIVE;
        this.createdAt = now;
        this.calendarChangedAt = now;
    }

    boolean involves(long personId) {
        return mentorId == personId || menteeId == personId;
    }

    long partnerOf(long personId) {
        return personId == mentorId ? menteeId : mentorId;
    }

    void pauseUntil(LocalDate day, Instant now) {
        state = MentorshipState.PAUSED;
        pausedUntil = day;
        calendarChanged(now);
    }

    void resume(Instant now) {
        state = MentorshipState.ACTIVE;
        pausedUntil = null;
        calendarChanged(now);
    }

    private void calendarChanged(Instant now) {
        calendarSequence++;
        calendarChangedAt = now;
    }

    /** Completed when the goal is reached, ended early otherwise: both are ordinary ways for a mentorship to end. */
    void end(long by, boolean goalReached, String privateReason, LocalDate on, Instant now) {
        state = goalReached ? MentorshipState.COMPLETED : MentorshipState.ENDED_EARLY;
        openGoalKey = null;
        endedBy = by;
        endedOn = on;
        endReason = privateReason == null || privateReason.isBlank() ? null : privateReason.strip();
        calendarChanged(now);
    }

    void writeNotes(String notes) {
        sharedNotes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    MeetingPlan plan() {
        return new MeetingPlan(rhythm, DayOfWeek.of(weekday), meetingTime, durationMinutes, startsOn, videoLink);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getMentorId() {
        return mentorId;
    }

    long getMenteeId() {
        return menteeId;
    }

    String getGoal() {
        return goal;
    }

    MentorshipState getState() {
        return state;
    }

    LocalDate getPausedUntil() {
        return pausedUntil;
    }

    LocalDate getEndedOn() {
        return endedOn;
    }

    Long getEndedBy() {
        return endedBy;
    }

    String getEndReason() {
        return endReason;
    }

    String getSharedNotes() {
        return sharedNotes;
    }

    Instant getCalendarChangedAt() {
        return calendarChangedAt == null ? createdAt : calendarChangedAt;
    }

    int getCalendarSequence() {
        return calendarSequence;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
