package org.peerplanner.domain.outcomes.baseline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BaselineMonthRepository extends JpaRepository<BaselineMonth, Long> {

    List<BaselineMonth> findByTeamIdOrderByMonth(long teamId);

    Optional<BaselineMonth> findByTeamIdAndMonth(long teamId, LocalDate month);
}
