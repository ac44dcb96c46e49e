package org.peerplanner.domain.recognition;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.peerplanner.domain.format.SessionFormat;

/** One line of the contribution ledger. Written by listeners, never edited: undoing the source deletes it. */
@Entity
@Table(name = "contribution")
class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "source_type", nullable = false, length = 20)
    private String sourceType;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(nullable = false)
    private int occurrence;

    @Column(name = "source_title", nullable = false, length = 200)
    private String sourceTitle;

    @Column(length = 200)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_format", length = 20)
    private SessionFormat format;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "contribution_helped", joinColumns = @JoinColumn(name = "contribution_id"))
    @Column(name = "person_id")
    @BatchSize(size = 200)
    private Set<Long> helped = new LinkedHashSet<>();

    protected Contribution() {
    }

    Contribution(ContributionFact fact, Instant now) {
        this.personId = fact.personId();
        this.teamId = fact.teamId();
        this.kind = fact.kind().code();
        this.happenedOn = fact.on();
        this.sourceType = fact.source().type();
        this.sourceId = fact.source().id();
        this.occurrence = fact.occurrence();
        this.sourceTitle = fact.source().title();
        this.topic = fact.topic();
        this.format = fact.format();
        this.helped.addAll(fact.helped());
        this.recordedAt = now;
    }

    /** The entry with the people it helped, read apart (one query for a whole ledger). */
    ContributionEntry entry(Set<Long> helpedPeople) {
        return new ContributionEntry(id, personId, teamId, ContributionKinds.of(kind), happenedOn,
                new Source(sourceType, sourceId, sourceTitle), topic, format, Set.copyOf(helpedPeople));
    }

    Long getId() { return id; }
    long getPersonId() { return personId; }
    Long getTeamId() { return teamId; }
    String getKind() { return kind; }
}
