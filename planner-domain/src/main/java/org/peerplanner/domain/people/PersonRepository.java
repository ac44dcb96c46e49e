package org.peerplanner.domain.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByAdministratorTrue();

    /**
     * People of the given teams whose name or email contains {@code search}; null teams means any
     * team (administrators). Sorted by the pageable.
     */
    @Query("""
            select p from Person p
            where (:allTeams = true or exists (
                    select 1 from Membership m where m.person = p and m.team.id in :teamIds))
              and (:search = '' or lower(p.fullName) like concat('%', :search, '%')
                               or lower(p.email) like concat('%', :search, '%'))
            """)
    List<Person> findVisible(boolean allTeams, Collection<Long> teamIds, String search, Pageable page);

    @Query("""
            select count(p) from Person p
            where (:allTeams = true or exists (
                    select 1 from Membership m where m.person = p and m.team.id in :teamIds))
              and (:search = '' or lower(p.fullName) like concat('%', :search, '%')
                               or lower(p.email) like concat('%', :search, '%'))
            """)
    long countVisible(boolean allTeams, Collection<Long> teamIds, String search);
}
