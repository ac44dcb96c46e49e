package org.peerplanner.domain.action;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutcomeRecordRepository extends JpaRepository<OutcomeRecord, Long> {

    /** A team's outcomes, oldest first, in one query. */
    @Query("""
            select o from OutcomeRecord o
            where o.itemId in (select i.id from ActionItem i where i.teamId = :teamId)
            order by o.recordedAt, o.id
            """)
    List<OutcomeRecord> forTeam(long teamId);

    @Query("""
            select o from OutcomeRecord o
            where o.itemId in (select i.id from ActionItem i where i.ownerId = :personId)
            order by o.recordedAt, o.id
            """)
    List<OutcomeRecord> forOwner(long personId);

    @Query("select o from OutcomeRecord o where o.itemId in :itemIds order by o.recordedAt, o.id")
    List<OutcomeRecord> findForItems(Collection<Long> itemIds);

    default List<OutcomeRecord> forItems(Collection<Long> itemIds) {
        return itemIds.isEmpty() ? List.of() : findForItems(itemIds);
    }

    List<OutcomeRecord> findByItemIdOrderByRecordedAtAscIdAsc(long itemId);
}
