package org.peerplanner.domain.planning;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PairingRepository extends JpaRepository<Pairing, Long> {

    List<Pairing> findByTeamIdAndPairedOnBetweenOrderByPairedOn(long teamId, LocalDate from, LocalDate to);

    boolean existsByTeamIdAndPairedOn(long teamId, LocalDate date);
}
