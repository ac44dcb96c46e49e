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
import java.time.Instant;
import java.util.Locale;

/** A mentee asks a mentor to mentor them towards one goal. */
@Entity
@Table(name = "mentoring_request")
class MentoringRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "mentee_id", nullable = false)
    private long menteeId;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(nullable = false, length = 80)
    private String goal;

    @Column(name = "goal_key", nullable = false, length = 80)
    private String goalKey;

    @Column(nullable = false, length = 1000)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Rhythm rhythm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RequestStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 14)
    private Withdrawal withdrawal;

    @Column(length = 500)
    private String question;

    @Column(length = 1000)
    private String answer;

    @Column(name = "decline_note", length = 500)
    private String declineNote;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "waiting_since", nullable = false)
    private Instant waitingSince;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected MentoringRequest() {
    }

    MentoringRequest(long menteeId, long mentorId, String goal, String message, Rhythm rhythm, Instant now) {
        this.menteeId = menteeId;
        this.mentorId = mentorId;
        this.goal = goal.strip();
        this.goalKey = goalKey(goal);
        this.message = message.strip();
        this.rhythm = rhythm;
        this.status = RequestStatus.PENDING;
        this.createdAt = now;
        this.waitingSince = now;
    }

    /** "Kafka" and " kafka " are one goal: a mentee gets one mentor for it. */
    static String goalKey(String goal) {
        return goal.strip().toLowerCase(Locale.ROOT);
    }

    void decline(String note, Instant now) {
        this.status = RequestStatus.DECLINED;
        this.declineNote = note == null || note.isBlank() ? null : note.strip();
        this.closedAt = now;
    }

    void askForMore(String question) {
        this.status = RequestStatus.MORE_INFO;
        this.question = question.strip();
    }

    void answer(String answer, Instant now) {
        this.status = RequestStatus.PENDING;
        this.answer = answer.strip();
        this.waitingSince = now;
        this.remindedAt = null;
    }

    void withdraw(Withdrawal why, Instant now) {
        this.status = RequestStatus.WITHDRAWN;
        this.withdrawal = why;
        this.closedAt = now;
    }

    void reminded(Instant now) {
        this.remindedAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getMenteeId() {
        return menteeId;
    }

    long getMentorId() {
        return mentorId;
    }

    String getGoal() {
        return goal;
    }

    String getGoalKey() {
        return goalKey;
    }

    String getMessage() {
        return message;
    }

    Rhythm getRhythm() {
        return rhythm;
    }

    RequestStatus getStatus() {
        return status;
    }

    Withdrawal getWithdrawal() {
        return withdrawal;
    }

    String getQuestion() {
        return question;
    }

    String getAnswer() {
        return answer;
    }

    String getDeclineNote() {
        return declineNote;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getWaitingSince() {
        return waitingSince;
    }

    Instant getRemindedAt() {
        return remindedAt;
    }
}
