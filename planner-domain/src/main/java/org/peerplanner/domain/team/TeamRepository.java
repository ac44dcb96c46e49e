package org.peerplanner.domain.team;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, Long> {

    Optional<Team> findByNameIgnoreCase(String name);

    List<Team> findByIdInOrderByNameAsc(Collection<Long> ids);

    /** Every team's id in name order, without loading the teams (the organisation overview asks for 1,000). */
    @org.springframework.data.jpa.repository.Query("select t.id from Team t order by t.name")
    List<Long> findAllIdsByName();

    List<Team> findAllByOrderByNameAsc();

    @org.springframework.data.jpa.repository.Query(
            "select distinct t from Team t left join fetch t.blackouts where t.id in :ids order by t.name")
    List<Team> findWithBlackouts(Collection<Long> ids);
}
