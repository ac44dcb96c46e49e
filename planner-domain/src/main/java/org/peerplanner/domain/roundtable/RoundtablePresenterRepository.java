package org.peerplanner.domain.roundtable;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoundtablePresenterRepository extends JpaRepository<RoundtablePresenter, Long> {

    List<RoundtablePresenter> findBySessionIdOrderByCreatedAtAscIdAsc(long sessionId);

    Optional<RoundtablePresenter> findBySessionIdAndPersonId(long sessionId, long personId);

    long countBySessionIdAndAgreedTrue(long sessionId);
}
