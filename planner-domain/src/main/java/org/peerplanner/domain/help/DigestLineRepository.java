package org.peerplanner.domain.help;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DigestLineRepository extends JpaRepository<DigestLine, Long> {

    List<DigestLine> findBySentAtIsNullOrderByPersonIdAscIdAsc();
}
