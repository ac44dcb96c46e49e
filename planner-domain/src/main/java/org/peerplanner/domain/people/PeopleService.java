package org.peerplanner.domain.people;

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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: who they are, what they know and when they are away. Passwords and signing in have their own services. */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final PersonRepository people;
    private final TeamPlaces teamPlaces;
    private final TeamAccess access;
    private final CommandValidator validator;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    PeopleService(PersonRepository people, TeamPlaces teamPlaces, TeamAccess access, CommandValidator validator,
                  PasswordEncoder passwordEncoder, Clock clock) {
        this.people = people;
        this.teamPlaces = teamPlaces;
        this.access = access;
        this.validator = validator;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** People the actor can see (those sharing a team; administrators see everyone), filtered by name or email. */
    public List<PersonRow> visiblePeople(Actor actor, String search, Pageable page) {
        var teamIds = teamIdsOrPlaceholder(actor);
        return people.findVisible(actor.administrator(), teamIds, SearchText.normalise(search), page).stream()
                .map(PersonRow::of)
                .toList();
    }

    public long countVisiblePeople(Actor actor, String search) {
        return people.countVisible(actor.administrator(), teamIdsOrPlaceholder(actor), SearchText.normalise(search));
    }

    public PersonDetails details(Actor actor, long personId) {
        access.requireVisiblePerson(actor, personId);
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("The person"));
        var places = teamPlaces.placesOf(personId).stream()
                .filter(place -> access.canSeeTeam(actor, place.teamId()))
                .toList();
        boolean editable = actor.personId() == personId || access.canManagePerson(actor, personId);
        return new PersonDetails(person.getId(), person.getVersion(), PersonProfile.of(person),
                person.isAdministrator(), places, editable);
    }

    /** Saves a changed profile; the caller's version must still be current. */
    @Transactional
    public PersonDetails reviseProfile(Actor actor, long personId, long expectedVersion, PersonProfile profile) {
        access.requireVisiblePerson(actor, personId);
        if (actor.personId() != personId && !access.canManagePerson(actor, personId)) {
            throw new NotPermittedException("Only the person, their team's managers or an administrator can change this profile.");
        }
        validator.check(profile);
        checkAbsences(profile);
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("The person"));
        if (person.getVersion() != expectedVersion) {
            throw new ConflictException("This profile");
        }
        requireFreeEmail(profile.email(), personId);
        person.rename(profile.fullName());
        person.changeEmail(profile.email());
        person.moveToTimeZone(profile.timeZone());
        apply(person, profile);
        saveGuardingEmail(person);
        return details(actor, personId);
    }

    @Transactional
    public void setAdministrator(Actor actor, long personId, boolean administrator) {
        if (!actor.administrator()) {
            throw new NotPermittedException("Only an administrator can grant or withdraw the administrator role.");
        }
        if (!administrator && actor.personId() == personId) {
            throw new NotPermittedException("You cannot withdraw your own administrator role.");
        }
        people.findById(personId).orElseThrow(() -> new NotFoundException("The person")).grantAdministrator(administrator);
    }

    /**
     * Signs up a new person with a generated one-time password for the manager to pass on.
     * The team feature calls it when a manager adds a new person, and adds them to the
     * team in the same transaction.
     */
    @Transactional
    public NewPerson register(Actor actor, long teamId, PersonProfile profile) {
        access.requireManager(actor, teamId);
        validator.check(profile);
        checkAbsences(profile);
        requireFreeEmail(profile.email(), null);
        Person person = new Person(profile.fullName().strip(), profile.email(), profile.timeZone(), clock.instant());
        apply(person, profile);
        String password = PasswordPolicy.generate();
        person.setPasswordHash(passwordEncoder.encode(password));
        return new NewPerson(saveGuardingEmail(person), password);
    }

    /** The person just saved, and the password to show once. */
    public record NewPerson(Person person, String initialPassword) {
    }

    /** The actor's own time zone, for rendering times in the viewer's zone. */
    public java.time.ZoneId timeZone(Actor actor) {
        return people.findById(actor.personId()).orElseThrow(() -> new NotFoundException("The person")).getTimeZone();
    }

    public LocalDate today(java.time.ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    private void apply(Person person, PersonProfile profile) {
        person.replaceSkills(profile.skills());
        person.replaceAbsences(profile.absences());
        person.offerMentoring(profile.mentoringAvailable(), profile.mentoringCapacity(), profile.mentoringTopics());
    }

    private static void checkAbsences(PersonProfile profile) {
        var absences = profile.absences();
        for (int i = 0; i < absences.size(); i++) {
            if (!absences.get(i).isWellFormed()) {
                throw InvalidInputException.of("absences", "An out-of-office period must end on or after its first day.");
            }
            for (int j = 0; j < i; j++) {
                if (absences.get(i).overlaps(absences.get(j))) {
                    throw InvalidInputException.of("absences", "Out-of-office periods must not overlap.");
                }
            }
        }
        for (var skill : profile.skills()) {
            if (skill.name() == null || skill.name().isBlank()) {
                throw InvalidInputException.of("skills", "A skill needs a name.");
            }
        }
    }

    private void requireFreeEmail(String email, Long ownerId) {
        people.findByEmail(Person.normaliseEmail(email))
                .filter(other -> !other.getId().equals(ownerId))
                .ifPresent(other -> {
                    throw duplicateEmail();
                });
    }

    private static InvalidInputException duplicateEmail() {
        return InvalidInputException.of("email", "Another person already uses this email address.");
    }

    /** Flushes inside the method so a lost race on the unique email or the version shows here, clearly. */
    private Person saveGuardingEmail(Person person) {
        try {
            return people.saveAndFlush(person);
        } catch (DataIntegrityViolationException e) {
            throw duplicateEmail();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("This profile");
        }
    }

    private List<Long> teamIdsOrPlaceholder(Actor actor) {
        if (actor.administrator()) {
            return List.of(-1L);
        }
        var ids = access.visibleTeamIds(actor);
        // "in ()" is not valid SQL everywhere; an id that never exists keeps the query valid.
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

}
