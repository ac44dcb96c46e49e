package org.peerplanner.domain.help;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoutingEntryRepository extends JpaRepository<RoutingEntry, Long> {

    List<RoutingEntry> findByRequestIdOrderByRoundAscIdAsc(long requestId);

    @Query("select e.requestId from RoutingEntry e where e.personId = :person and e.requestId in :requests")
    List<Long> findAskedAmong(long person, Collection<Long> requests);
}
