package org.peerplanner.domain.team;

import org.peerplanner.domain.access.TeamRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.access.TeamAccess;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.common.SearchText;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.people.Person;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.people.PersonLookup;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Teams, their settings and their members. */
@Service
@Transactional(readOnly = true)
public class TeamService {

    private final TeamRepository teams;
    private final MembershipRepository memberships;
    private final PersonLookup people;
    private final PeopleService peopleService;
    private final TeamAccess access;
    private final CommandValidator validator;
    private final Clock clock;

    TeamService(TeamRepository teams, MembershipRepository memberships, PersonLookup people, PeopleService peopleService,
                TeamAccess access,
                CommandValidator validator, Clock clock) {
        this.teams = teams;
        this.memberships = memberships;
        this.people = people;
        this.peopleService = peopleService;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    public List<TeamSummary> visibleTeams(Actor actor) {
        var ids = access.visibleTeamIds(actor);
        if (ids.isEmpty()) {
            return List.of();
        }
        return teams.findByIdInOrderByNameAsc(ids).stream().map(t -> summary(actor, t)).toList();
    }

    public TeamDetails details(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        Team team = load(teamId);
        return new TeamDetails(team.getId(), team.getVersion(), TeamSettings.of(team), access.canManageTeam(actor, teamId));
    }

    public boolean canCreateTeams(Actor actor) {
        return access.managesAnyTeam(actor);
    }

    /** Administrators and managers create teams; a manager who creates one manages it. */
    @Transactional
    public TeamSummary createTeam(Actor actor, TeamSettings settings) {
        if (!canCreateTeams(actor)) {
            throw new NotPermittedException("Only managers and administrators can create teams.");
        }
        check(settings);
        requireFreeName(settings.name(), null);
        Team team = new Team(settings.name(), settings.timeZone(), settings.slot(), settings.cadenceRule(),
                clock.instant());
        team.meetAt(settings.defaultLocation());
        team = saveGuardingName(team);
        if (!actor.administrator()) {
            Person creator = people.person(actor.personId()).orElseThrow(() -> new NotFoundException("The person"));
            memberships.save(new Membership(team, creator, TeamRole.MANAGER, today(team), true));
        }
        return summary(actor, team);
    }

    @Transactional
    public TeamDetails reviseTeam(Actor actor, long teamId, long expectedVersion, TeamSettings settings) {
        access.requireManager(actor, teamId);
        check(settings);
        Team team = load(teamId);
        if (team.getVersion() != expectedVersion) {
            throw new ConflictException("This team");
        }
        requireFreeName(settings.name(), teamId);
        team.rename(settings.name());
        team.reschedule(settings.timeZone(), settings.slot(), settings.cadenceRule());
        team.meetAt(settings.defaultLocation());
        saveGuardingName(team);
        return details(actor, teamId);
    }

    /** Grace period, format mix, reminder and blackout days; managers only. */
    @Transactional
    public TeamDetails revisePlanning(Actor actor, long teamId, long expectedVersion, PlanningSettings settings) {
        access.requireManager(actor, teamId);
        Team team = load(teamId);
        if (team.getVersion() != expectedVersion) {
            throw new ConflictException("This team");
        }
        team.planWith(settings);
        saveGuardingName(team);
        return details(actor, teamId);
    }

    public PlanningSettings planning(Actor actor, long teamId) {
        access.requireVisibleTeam(actor, teamId);
        return load(teamId).getPlanning();
    }

    public List<MemberRow> members(Actor actor, long teamId, String search, Pageable page) {
        access.requireVisibleTeam(actor, teamId);
        Team team = load(teamId);
        LocalDate today = today(team);
        return memberships.findMembers(teamId, SearchText.normalise(search), page).stream()
                .map(m -> row(m, today))
                .toList();
    }

    public long countMembers(Actor actor, long teamId, String search) {
        access.requireVisibleTeam(actor, teamId);
        return memberships.countMembers(teamId, SearchText.normalise(search));
    }

    /** Adds an existing person, found by email, to a team the actor manages. */
    @Transactional
    public void addExistingPerson(Actor actor, long teamId, String email, MembershipTerms terms) {
        access.requireManager(actor, teamId);
        validator.check(terms);
        Person person = people.byEmail(email)
                .orElseThrow(() -> InvalidInputException.of("email", "Nobody has signed up with that email address yet: add them as a new person."));
        if (memberships.existsByTeamIdAndPersonId(teamId, person.getId())) {
            throw InvalidInputException.of("email", person.getFullName() + " is already in this team.");
        }
        try {
            memberships.saveAndFlush(new Membership(load(teamId), person, terms.role(), terms.joinedOn(), terms.inRotation()));
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("email", person.getFullName() + " is already in this team.");
        }
    }

    /**
     * Adds a new person straight into a team the actor manages. Returns the person's id and a
     * generated one-time password for the manager to pass on.
     */
    @Transactional
    public NewPersonResult addNewPerson(Actor actor, long teamId, PersonProfile profile, MembershipTerms terms) {
        access.requireManager(actor, teamId);
        validator.check(profile);
        validator.check(terms);
        Team team = load(teamId);
        var registered = peopleService.register(actor, teamId, profile);
        memberships.save(new Membership(team, registered.person(), terms.role(), terms.joinedOn(), terms.inRotation()));
        return new NewPersonResult(registered.person().getId(), registered.initialPassword());
    }

    public record NewPersonResult(long personId, String initialPassword) {
    }

    @Transactional
    public void changeMembership(Actor actor, long membershipId, long expectedVersion, MembershipTerms terms) {
        Membership membership = loadMembership(actor, membershipId);
        access.requireManager(actor, membership.getTeam().getId());
        validator.check(terms);
        if (membership.getVersion() != expectedVersion) {
            throw new ConflictException("This membership");
        }
        if (membership.isManager() && terms.role() != TeamRole.MANAGER) {
            requireAnotherManager(membership);
        }
        membership.changeRole(terms.role());
        membership.joinRotation(terms.inRotation());
        membership.backdateJoin(terms.joinedOn());
        try {
            memberships.saveAndFlush(membership);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("This membership");
        }
    }

    @Transactional
    public void removeMember(Actor actor, long membershipId) {
        Membership membership = loadMembership(actor, membershipId);
        access.requireManager(actor, membership.getTeam().getId());
        if (membership.isManager()) {
            requireAnotherManager(membership);
        }
        memberships.delete(membership);
    }

    private void requireAnotherManager(Membership membership) {
        if (memberships.countByTeamIdAndRole(membership.getTeam().getId(), TeamRole.MANAGER) <= 1) {
            throw InvalidInputException.of("role", "A team needs at least one manager: make someone else manager first.");
        }
    }

    private Membership loadMembership(Actor actor, long membershipId) {
        Membership membership = memberships.findById(membershipId)
                .orElseThrow(() -> new NotFoundException("The membership"));
        if (!access.canSeeTeam(actor, membership.getTeam().getId())) {
            throw new NotFoundException("The membership");
        }
        return membership;
    }

    private void check(TeamSettings settings) {
        validator.check(settings);
        if (!settings.cadenceRule().isComplete()) {
            throw InvalidInputException.of("sprintWeeks",
                    "A sprint cadence needs the sprint length (1 to 8 weeks) and the first day of a sprint.");
        }
    }

    private void requireFreeName(String name, Long ownerId) {
        teams.findByNameIgnoreCase(name.strip())
                .filter(other -> !other.getId().equals(ownerId))
                .ifPresent(other -> {
                    throw duplicateName();
                });
    }

    private static InvalidInputException duplicateName() {
        return InvalidInputException.of("name", "Another team already has this name.");
    }

    private Team saveGuardingName(Team team) {
        try {
            return teams.saveAndFlush(team);
        } catch (DataIntegrityViolationException e) {
            throw duplicateName();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("This team");
        }
    }

    private Team load(long teamId) {
        return teams.findById(teamId).orElseThrow(() -> new NotFoundException("The team"));
    }

    private TeamSummary summary(Actor actor, Team team) {
        return new TeamSummary(team.getId(), team.getName(), team.getTimeZone().getId(), team.getSlot().describe(),
                team.getCadence().describe(), memberships.countByTeamId(team.getId()),
                access.canManageTeam(actor, team.getId()));
    }

    private static MemberRow row(Membership m, LocalDate today) {
        Person p = m.getPerson();
        return new MemberRow(m.getId(), m.getVersion(), p.getId(), p.getFullName(), p.getEmail(), m.getRole(),
                m.isInRotation(), m.getJoinedOn(), p.skillSummary(), p.isMentoringAvailable(), p.isAbsentOn(today));
    }

    private LocalDate today(Team team) {
        return LocalDate.now(clock.withZone(team.getTimeZone()));
    }

}
