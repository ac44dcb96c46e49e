package org.peerplanner.domain.mentoring;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MentorshipRepository extends JpaRepository<Mentorship, Long> {

    @Query("select m from Mentorship m where m.mentorId = :person or m.menteeId = :person order by m.createdAt desc")
    List<Mentorship> findInvolving(long person);

    long countByMenteeIdAndStateIn(long menteeId, Collection<MentorshipState> states);

    List<Mentorship> findByStateIn(Collection<MentorshipState> states);
}
