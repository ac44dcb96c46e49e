package org.peerplanner.domain.recognition;

import org.springframework.data.jpa.repository.JpaRepository;

interface BackfillMarkRepository extends JpaRepository<BackfillMark, Integer> {
}
