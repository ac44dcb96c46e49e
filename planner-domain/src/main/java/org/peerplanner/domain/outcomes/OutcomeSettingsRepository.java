package org.peerplanner.domain.outcomes;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeSettingsRepository extends JpaRepository<OutcomeSettings, Long> {

    List<OutcomeSettings> findByTeamIdIn(Collection<Long> teamIds);
}
