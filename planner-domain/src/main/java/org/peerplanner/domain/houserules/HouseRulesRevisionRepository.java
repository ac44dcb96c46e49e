package org.peerplanner.domain.houserules;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HouseRulesRevisionRepository extends JpaRepository<HouseRulesRevision, Long> {

    Optional<HouseRulesRevision> findFirstByTeamIdOrderByNumberDesc(long teamId);

    Optional<HouseRulesRevision> findByTeamIdAndNumber(long teamId, int number);

    List<HouseRulesRevision> findByTeamIdOrderByNumberDesc(long teamId);
}
