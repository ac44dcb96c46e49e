package org.peerplanner.domain.recognition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

    boolean existsByPersonIdAndKindAndSourceTypeAndSourceIdAndOccurrence(long personId, String kind, String sourceType,
                                                                         long sourceId, int occurrence);

    List<Contribution> findBySourceTypeAndSourceId(String sourceType, long sourceId);

    @Query("""
            select c from Contribution c
            where c.sourceType = :sourceType and c.sourceId = :sourceId and c.kind = :kind
              and c.occurrence > :after and c.occurrence <= :upTo
            """)
    List<Contribution> findOccurrences(String sourceType, long sourceId, String kind, int after, int upTo);

    @Query("""
            select new org.peerplanner.domain.recognition.LedgerRow(c.id, c.personId, c.teamId, c.kind, c.happenedOn,
                c.sourceType, c.sourceId, c.sourceTitle, c.topic, c.format)
            from Contribution c where c.personId = :personId order by c.happenedOn, c.id
            """)
    List<LedgerRow> ledgerOf(long personId);

    /*
     * The manager's view reads these two for the whole team and keeps its current members in Java: a list-valued
     * parameter ("person_id in :people") makes Hibernate translate the query to SQL again on every call, which cost more
     * than the few rows of former members it saves. Both read index ix_contribution_team_person_kind alone (V25).
     */
    @Query("""
            select new org.peerplanner.domain.recognition.KindCount(c.personId, c.kind, count(c))
            from Contribution c
            where c.teamId = :teamId and c.happenedOn >= :from and c.happenedOn <= :to
            group by c.personId, c.kind
            """)
    List<KindCount> countByKind(long teamId, LocalDate from, LocalDate to);

    /** Who in the team ever led or co-led ({@link ContributionKinds#LEADING}, written out for the reason above). */
    @Query("""
            select distinct c.personId from Contribution c
            where c.teamId = :teamId and c.kind in ('SESSION_LED', 'SESSION_CO_LED')
            """)
    List<Long> leadersOf(long teamId);

    @Query("""
            select new org.peerplanner.domain.recognition.PersonCount(c.personId, count(c))
            from Contribution c where c.personId in :people and c.kind = :kind group by c.personId
            """)
    List<PersonCount> countOfKind(Collection<Long> people, String kind);

    long countByPersonIdAndKind(long personId, String kind);

    List<Contribution> findByTeamId(long teamId);

    @Query("""
            select new org.peerplanner.domain.recognition.HelpedRow(c.id, h)
            from Contribution c join c.helped h where c.personId = :personId
            """)
    List<HelpedRow> helpedBy(long personId);
}
