package org.peerplanner.domain.thanks;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ThankYouRepository extends JpaRepository<ThankYou, Long> {

    int countByGiverIdAndReceiverIdAndWeekStart(long giverId, long receiverId, LocalDate weekStart);

    int countByGiverIdAndWeekStart(long giverId, LocalDate weekStart);

    List<ThankYou> findByReceiverIdOrderByGivenAtDescIdDesc(long receiverId, Pageable page);

    List<ThankYou> findByTeamIdOrderByGivenAtDescIdDesc(long teamId, Pageable page);
}
