package org.peerplanner.domain.thanks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One thank-you. Written once and never edited, so it carries no @Version. */
@Entity
@Table(name = "thank_you")
class ThankYou {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "giver_id", nullable = false)
    private long giverId;

    @Column(name = "receiver_id", nullable = false)
    private long receiverId;

    @Enumerated(EnumType.STRING)
    @Column(name = "for_kind", nullable = false, length = 20)
    private ThanksFor what;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(nullable = false, length = 200)
    private String about;

    @Column(nullable = false, length = Thanks.MAX_REASON)
    private String reason;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    protected ThankYou() {
    }

    ThankYou(long teamId, long giverId, long receiverId, ThanksFor what, Long subjectId, String about, String reason,
             LocalDate weekStart, Instant givenAt) {
        this.teamId = teamId;
        this.giverId = giverId;
        this.receiverId = receiverId;
        this.what = what;
        this.subjectId = subjectId;
        this.about = about;
        this.reason = reason;
        this.weekStart = weekStart;
        this.givenAt = givenAt;
    }

    Long getId() { return id; }
    long getTeamId() { return teamId; }
    long getGiverId() { return giverId; }
    long getReceiverId() { return receiverId; }
    ThanksFor getWhat() { return what; }
    Long getSubjectId() { return subjectId; }
    String getAbout() { return about; }
    String getReason() { return reason; }
    Instant getGivenAt() { return givenAt; }
}
