package org.peerplanner.domain.mentoring;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Mentorships of the given mentees, for the outcome figures: one query. */
interface MentoringOutcomeQueries extends Repository<Mentorship, Long> {

    record MentorshipDates(long menteeId, LocalDate startsOn, MentorshipState state, LocalDate endedOn) {
    }

    @Query("""
            select new org.peerplanner.domain.mentoring.MentoringOutcomeQueries$MentorshipDates(m.menteeId, m.startsOn,
                   m.state, m.endedOn)
            from Mentorship m where m.menteeId in :menteeIds
            """)
    List<MentorshipDates> ofMentees(Collection<Long> menteeIds);
}
