package org.peerplanner.domain.planning;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanOverrideRepository extends JpaRepository<PlanOverride, PlanOverride.Key> {

    List<PlanOverride> findByTeamIdAndSlotDateGreaterThanEqual(long teamId, LocalDate from);
}
