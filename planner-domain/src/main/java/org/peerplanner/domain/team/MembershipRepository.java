package org.peerplanner.domain.team;

import org.peerplanner.domain.access.TeamRole;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join fetch m.team where m.person.id = :personId order by m.team.name")
    List<Membership> findByPersonWithTeam(long personId);

    Optional<Membership> findByTeamIdAndPersonId(long teamId, long personId);

    boolean existsByTeamIdAndPersonId(long teamId, long personId);

    @Query("""
            select m from Membership m join fetch m.person p
            where m.team.id = :teamId
              and (:search = '' or lower(p.fullName) like concat('%', :search, '%')
                               or lower(p.email) like concat('%', :search, '%'))
            """)
    List<Membership> findMembers(long teamId, String search, Pageable page);

    @Query("""
            select count(m) from Membership m join m.person p
            where m.team.id = :teamId
              and (:search = '' or lower(p.fullName) like concat('%', :search, '%')
                               or lower(p.email) like concat('%', :search, '%'))
            """)
    long countMembers(long teamId, String search);

    long countByTeamIdAndRole(long teamId, TeamRole role);

    long countByTeamId(long teamId);

    /** Do the two people share at least one team? */
    @Query("""
            select count(a) > 0 from Membership a, Membership b
            where a.person.id = :first and b.person.id = :second and a.team = b.team
            """)
    boolean shareATeam(long first, long second);

    /** Is {@code managerId} a manager of a team that {@code personId} belongs to? */
    @Query("""
            select count(a) > 0 from Membership a, Membership b
            where a.person.id = :managerId and a.role = org.peerplanner.domain.access.TeamRole.MANAGER
              and b.person.id = :personId and a.team = b.team
            """)
    boolean managesPerson(long managerId, long personId);

    @Query("""
            select new org.peerplanner.domain.team.MemberSince(m.team.id, m.person.id, m.joinedOn, m.inRotation)
            from Membership m where m.team.id in :teamIds
            """)
    List<MemberSince> findMembersSince(java.util.Collection<Long> teamIds);
}
