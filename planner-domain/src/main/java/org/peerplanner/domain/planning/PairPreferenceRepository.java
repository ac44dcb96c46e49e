package org.peerplanner.domain.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PairPreferenceRepository extends JpaRepository<PairPreference, PairPreference.Key> {

    List<PairPreference> findByTeamId(long teamId);
}
