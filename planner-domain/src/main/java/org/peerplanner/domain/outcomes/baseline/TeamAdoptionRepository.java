package org.peerplanner.domain.outcomes.baseline;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamAdoptionRepository extends JpaRepository<TeamAdoption, Long> {
}
