package org.peerplanner.domain.help;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;

/** Someone is stuck and asks: what about, how soon, who may see it, and how it ended. */
@Entity
@Table(name = "help_request")
class HelpRequest {

    static final int MAX_TITLE = 200;
    static final int MAX_DETAILS = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "asker_id", nullable = false)
    private long askerId;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "whole_organisation", nullable = false)
    private boolean wholeOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private HelpKind kind;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String details;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private HelpUrgency urgency;

    @Column(nullable = false)
    private boolean confidential;

    @Column(name = "roundtable_consent", nullable = false)
    private boolean roundtableConsent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private HelpStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "escalate_at")
    private Instant escalateAt;

    @Column(name = "accepted_answer_id")
    private Long acceptedAnswerId;

    @Column(name = "answered_by_article")
    private Long answeredByArticle;

    @Column(name = "turned_into_article")
    private Long turnedIntoArticle;

    @Column(name = "logged_as_gap")
    private Long loggedAsGap;

    @Column(name = "gap_asked_at")
    private Instant gapAskedAt;

    @ElementCollection
    @CollectionTable(name = "help_request_tag", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "tag", length = 60)
    @BatchSize(size = 100)
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "help_request_viewer", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "person_id")
    @BatchSize(size = 100)
    private Set<Long> viewers = new LinkedHashSet<>();

    protected HelpRequest() {
    }

    HelpRequest(long askerId, long teamId, boolean wholeOrganisation, HelpAsk ask, String cleanDetails,
                List<String> cleanTags, Instant now) {
        this.askerId = askerId;
        this.teamId = teamId;
        this.wholeOrganisation = wholeOrganisation && !ask.confidential();
        this.kind = ask.kind();
        this.title = ask.title();
        this.details = cleanDetails;
        this.urgency = ask.urgency();
        this.confidential = ask.confidential();
        this.roundtableConsent = ask.kind() == HelpKind.SPECIFIC_HELP && ask.roundtableConsent();
        this.status = HelpStatus.OPEN;
        this.createdAt = now;
        this.tags.addAll(cleanTags);
        if (confidential) {
            this.viewers.addAll(ask.viewerIds());
            this.viewers.remove(askerId);
        }
    }

    boolean visibleTo(long personId, boolean seesTeam, boolean administrator) {
        if (personId == askerId) {
            return true;
        }
        if (confidential) {
            return viewers.contains(personId);
        }
        return wholeOrganisation || seesTeam || administrator;
    }

    void escalateAt(Instant when) {
        this.escalateAt = when;
    }

    void solve(long answerId, Instant now) {
        this.status = HelpStatus.SOLVED;
        this.acceptedAnswerId = answerId;
        this.closedAt = now;
        this.escalateAt = null;
    }

    void selfServe(Long articleId, Instant now) {
        this.status = HelpStatus.SELF_SERVED;
        this.answeredByArticle = articleId;
        this.closedAt = now;
        this.escalateAt = null;
    }

    void close(Instant now) {
        this.status = HelpStatus.CLOSED;
        this.closedAt = now;
        this.escalateAt = null;
    }

    void turnedInto(long articleId) {
        this.turnedIntoArticle = articleId;
    }

    void loggedAs(long gapId) {
        this.loggedAsGap = gapId;
    }

    void gapAsked(Instant now) {
        this.gapAskedAt = now;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getAskerId() {
        return askerId;
    }

    long getTeamId() {
        return teamId;
    }

    boolean isWholeOrganisation() {
        return wholeOrganisation;
    }

    HelpKind getKind() {
        return kind;
    }

    String getTitle() {
        return title;
    }

    String getDetails() {
        return details;
    }

    HelpUrgency getUrgency() {
        return urgency;
    }

    boolean isConfidential() {
        return confidential;
    }

    boolean isRoundtableConsent() {
        return roundtableConsent;
    }

    HelpStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    Instant getEscalateAt() {
        return escalateAt;
    }

    Long getAcceptedAnswerId() {
        return acceptedAnswerId;
    }

    Long getAnsweredByArticle() {
        return answeredByArticle;
    }

    Long getTurnedIntoArticle() {
        return turnedIntoArticle;
    }

    Long getLoggedAsGap() {
        return loggedAsGap;
    }

    Instant getGapAskedAt() {
        return gapAskedAt;
    }

    List<String> getTags() {
        return List.copyOf(tags);
    }

    Set<Long> getViewers() {
        return Set.copyOf(viewers);
    }
}
