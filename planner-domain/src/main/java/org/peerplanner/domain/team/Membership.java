package org.peerplanner.domain.team;

import org.peerplanner.domain.access.TeamRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.peerplanner.domain.people.Person;

/** A person in a team, with their role and whether they take turns facilitating. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TeamRole role;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "in_rotation", nullable = false)
    private boolean inRotation;

    protected Membership() {
    }

    public Membership(Team team, Person person, TeamRole role, LocalDate joinedOn, boolean inRotation) {
        this.team = team;
        this.person = person;
        this.role = role;
        this.joinedOn = joinedOn;
        this.inRotation = inRotation;
    }

    public void changeRole(TeamRole role) {
        this.role = role;
    }

    public void joinRotation(boolean inRotation) {
        this.inRotation = inRotation;
    }

    public void backdateJoin(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public boolean isManager() {
        return role == TeamRole.MANAGER;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Team getTeam() {
        return team;
    }

    public Person getPerson() {
        return person;
    }

    public TeamRole getRole() {
        return role;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public boolean isInRotation() {
        return inRotation;
    }
}
