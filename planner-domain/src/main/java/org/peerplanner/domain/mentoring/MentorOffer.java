package org.peerplanner.domain.mentoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * What a mentor offers beyond the profile's switch and capacity. {@code menteesTaken} is only ever changed by a
 * guarded UPDATE in {@link MentorOfferRepository}, never written from here, so an edit of the offer cannot undo a
 * concurrent accept.
 */
@Entity
@Table(name = "mentor_offer")
class MentorOffer {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Version
    private long version;

    @Column(name = "mentoring_style", length = 1000)
    private String style;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_rhythm", length = 12)
    private Rhythm preferredRhythm;

    @Column(name = "paused_until")
    private LocalDate pausedUntil;

    @Column(nullable = false)
    private boolean charges;

    @Column(name = "charge_terms", length = 500)
    private String chargeTerms;

    @Column(name = "mentees_taken", nullable = false, updatable = false)
    private int menteesTaken;

    @Column(name = "silent_since", updatable = false)
    private Instant silentSince;

    @Column(name = "last_answered_at", insertable = false, updatable = false)
    private Instant lastAnsweredAt;

    @ElementCollection
    @CollectionTable(name = "mentor_offer_skill", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "skill", length = 80)
    private java.util.Set<String> confidentSkills = new java.util.HashSet<>();

    protected MentorOffer() {
    }

    MentorOffer(long personId) {
        this.personId = personId;
    }

    void describe(Collection<String> skills, String style, Rhythm rhythm, boolean charges, String chargeTerms) {
        confidentSkills.clear();
        confidentSkills.addAll(skills);
        this.style = blankToNull(style);
        this.preferredRhythm = rhythm;
        this.charges = charges;
        this.chargeTerms = charges ? blankToNull(chargeTerms) : null;
    }

    void pauseUntil(LocalDate day) {
        this.pausedUntil = day;
    }

    boolean pausedOn(LocalDate day) {
        return pausedUntil != null && !day.isAfter(pausedUntil);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    long getPersonId() {
        return personId;
    }

    long getVersion() {
        return version;
    }

    String getStyle() {
        return style;
    }

    Rhythm getPreferredRhythm() {
        return preferredRhythm;
    }

    LocalDate getPausedUntil() {
        return pausedUntil;
    }

    boolean isCharges() {
        return charges;
    }

    String getChargeTerms() {
        return chargeTerms;
    }

    int getMenteesTaken() {
        return menteesTaken;
    }

    Instant getSilentSince() {
        return silentSince;
    }

    Instant getLastAnsweredAt() {
        return lastAnsweredAt;
    }

    List<String> getConfidentSkills() {
        return List.copyOf(new TreeSet<>(confidentSkills));
    }
}
