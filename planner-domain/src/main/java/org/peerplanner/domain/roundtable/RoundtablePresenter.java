package org.peerplanner.domain.roundtable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One presenter's slot at a peer roundtable: who brings which problem, in one line. A slot someone else proposed
 * (a lead, or the planner from an open help request) only counts once the presenter agreed to bring it.
 */
@Entity
@Table(name = "roundtable_presenter")
public class RoundtablePresenter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 200)
    private String problem;

    @Column(nullable = false)
    private boolean agreed;

    @Column(name = "origin_kind", length = 20)
    private String originKind;

    @Column(name = "origin_id")
    private Long originId;

    @Column(name = "origin_label", length = 200)
    private String originLabel;

    @Column(name = "proposed_by", nullable = false)
    private long proposedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    protected RoundtablePresenter() {
    }

    /** A slot; it is agreed at once when the presenters bring the problem themselves. */
    RoundtablePresenter(long sessionId, long personId, String problem, TopicOrigin origin, long proposedBy, Instant now) {
        this.sessionId = sessionId;
        this.personId = personId;
        this.problem = problem;
        this.proposedBy = proposedBy;
        this.createdAt = now;
        if (origin != null) {
            this.originKind = origin.kind();
            this.originId = origin.id();
            this.originLabel = origin.label();
        }
        if (proposedBy == personId) {
            agree(now);
        }
    }

    void agree(Instant now) {
        agreed = true;
        agreedAt = now;
    }

    public Long getId() { return id; }
    public long getSessionId() { return sessionId; }
    public long getPersonId() { return personId; }
    public String getProblem() { return problem; }
    public boolean isAgreed() { return agreed; }
    public long getProposedBy() { return proposedBy; }
    public Instant getCreatedAt() { return createdAt; }

    /** Where a proposed topic came from; empty for a problem brought directly. */
    public java.util.Optional<TopicOrigin> getOrigin() {
        return originKind == null ? java.util.Optional.empty()
                : java.util.Optional.of(new TopicOrigin(originKind, originId, originLabel));
    }
}
