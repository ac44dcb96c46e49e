package org.peerplanner.domain.mentoring;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MentorOfferRepository extends JpaRepository<MentorOffer, Long> {

    List<MentorOffer> findByPersonIdIn(Collection<Long> personIds);

    /**
     * Every offer with its confident skills in one statement: the directory needs those of all available mentors,
     * and an IN list of their ids (or a lazy collection each) would grow with the organisation.
     */
    @Query("select o from MentorOffer o left join fetch o.confidentSkills") // Hibernate 7 de-duplicates; SQL DISTINCT would sort every row
    List<MentorOffer> findAllWithSkills();

    /**
     * Takes one place if one is free. The WHERE is evaluated on the row as it is after any concurrent accept
     * committed (the row lock serialises them), so two accepts can never both take the last place.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "update mentor_offer set mentees_taken = mentees_taken + 1 where person_id = :mentor and mentees_taken < :capacity",
            nativeQuery = true)
    int takePlace(long mentor, int capacity);

    @Modifying(flushAutomatically = true)
    @Query(value = "update mentor_offer set mentees_taken = mentees_taken - 1 where person_id = :mentor and mentees_taken > 0",
            nativeQuery = true)
    int freePlace(long mentor);

    @Modifying(flushAutomatically = true)
    @Query(value = "update mentor_offer set silent_since = :since where person_id = :mentor and silent_since is null",
            nativeQuery = true)
    int markSilent(long mentor, Instant since);

    @Modifying(flushAutomatically = true)
    /** The mentor answered a request: no longer silent, and not gone quiet for another 30 days. */
    @Query(value = "update mentor_offer set silent_since = null, last_answered_at = :at where person_id = :mentor",
            nativeQuery = true)
    int markHeard(long mentor, Instant at);
}
