package org.peerplanner.domain.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PairPreferenceRepository extends JpaRepository<PairPreference, PairPreference.Key> {

    List<PairPreference> findByTeamId(long teamId);
}
