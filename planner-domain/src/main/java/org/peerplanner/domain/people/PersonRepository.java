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

    /** A bulk update, so the person's version stays: signing in must not make a profile edit a conflict. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Person p set p.lastSignedInAt = :at where p.id = :id")
    int recordSignIn(long id, java.time.Instant at);

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
