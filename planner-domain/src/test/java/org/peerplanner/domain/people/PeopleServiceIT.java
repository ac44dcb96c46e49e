package org.peerplanner.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.team.MembershipTerms;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.domain.access.TeamRole;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

@SpringBootTest
@UsePlannerTestDatabase
class PeopleServiceIT {

    @Autowired
    PeopleService people;
    @Autowired
    TeamService teams;
    @Autowired
    PasswordService passwords;
    @Autowired
    SignInService signIn;
    @Autowired
    PersonRepository repository;
    @Autowired
    DomainFixtures fixtures;

    @Test
    void aManagerAddsAPersonWithSkillsAbsencesAndMentoringAndTheyCanSignIn() {
        long team = fixtures.team("Payments");
        Actor manager = fixtures.manager(team);
        String email = DomainFixtures.unique("zoe").replace(' ', '.') + "@example.com";
        var profile = PersonProfile.basic("Zoë Ångström", email, ZoneId.of("Europe/Stockholm"))
                .withSkills(List.of(new Skill("Kafka", 4), new Skill("kafka", 5), new Skill("SQL", 2)))
                .withAbsences(List.of(new Absence(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 2), "Holiday")))
                .withMentoring(true, 2, "Stream processing");

        var added = teams.addNewPerson(manager, team, profile, new MembershipTerms(TeamRole.MEMBER, true, LocalDate.of(2026, 11, 2)));

        var details = people.details(manager, added.personId());
        assertThat(details.profile().fullName()).isEqualTo("Zoë Ångström");
        assertThat(details.profile().skills()).containsExactly(new Skill("kafka", 5), new Skill("SQL", 2));
        assertThat(details.profile().absences()).hasSize(1);
        assertThat(details.profile().mentoringCapacity()).isEqualTo(2);
        assertThat(details.teams()).singleElement().satisfies(place -> assertThat(place.role()).isEqualTo(TeamRole.MEMBER));
        assertThat(added.initialPassword()).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        assertThat(signIn.signInAccount(email.toUpperCase())).get()
                .satisfies(account -> assertThat(account.personId()).isEqualTo(added.personId()));
    }

    @Test
    void aDuplicateEmailIsRefusedWithAClearMessageAndNothingIsSaved() {
        long team = fixtures.team("Mobile");
        Actor manager = fixtures.manager(team);
        String email = DomainFixtures.unique("sam").replace(' ', '.') + "@example.com";
        var terms = new MembershipTerms(TeamRole.MEMBER, true, LocalDate.of(2026, 1, 5));
        teams.addNewPerson(manager, team, PersonProfile.basic("Sam", email, ZoneId.of("UTC")), terms);
        long before = repository.count();

        assertThatThrownBy(() -> teams.addNewPerson(manager, team,
                PersonProfile.basic("Sam Again", "  " + email.toUpperCase() + " ", ZoneId.of("UTC")), terms))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("email", "Another person already uses this email address."));
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void invalidInputGetsFieldMessagesAndChangesNothing() {
        long team = fixtures.team("Data");
        Actor member = fixtures.member(team);
        var before = people.details(member, member.personId());
        var bad = new PersonProfile(" ", "not-an-email", ZoneId.of("UTC"), List.of(new Skill("Go", 7)),
                List.of(new Absence(LocalDate.of(2026, 5, 10), LocalDate.of(2026, 5, 1), null)), true, 50, null);

        assertThatThrownBy(() -> people.reviseProfile(member, member.personId(), before.version(), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("fullName", "email", "skills", "mentoringCapacity"));
        assertThat(people.details(member, member.personId())).isEqualTo(before);
    }

    @Test
    void theSecondOfTwoEditorsGetsAConflictAndTheFirstChangeIsKept() {
        long team = fixtures.team("Conflicts");
        Actor manager = fixtures.manager(team);
        Actor member = fixtures.member(team);
        var seenByManager = people.details(manager, member.personId());
        var seenByMember = people.details(member, member.personId());

        people.reviseProfile(member, member.personId(), seenByMember.version(),
                seenByMember.profile().withMentoring(true, 3, "Testing"));

        assertThatThrownBy(() -> people.reviseProfile(manager, member.personId(), seenByManager.version(),
                seenByManager.profile().withSkills(List.of(new Skill("Rust", 2)))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed by someone else");
        var now = people.details(member, member.personId()).profile();
        assertThat(now.mentoringTopics()).isEqualTo("Testing");
        assertThat(now.skills()).isEmpty();
    }

    @Test
    void aManagerCannotReachOrChangeAPersonOfAnotherTeam() {
        long ours = fixtures.team("Ours");
        long theirs = fixtures.team("Theirs");
        Actor manager = fixtures.manager(ours);
        Actor outsider = fixtures.member(theirs);
        var original = people.details(outsider, outsider.personId());

        assertThatThrownBy(() -> people.details(manager, outsider.personId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> people.reviseProfile(manager, outsider.personId(), original.version(),
                original.profile().withMentoring(true, 5, "hijacked")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> passwords.resetPassword(manager, outsider.personId())).isInstanceOf(NotFoundException.class);
        assertThat(people.visiblePeople(manager, "", PageRequest.of(0, 500)))
                .extracting(PersonRow::id).doesNotContain(outsider.personId());
        assertThat(people.details(outsider, outsider.personId())).isEqualTo(original);
    }

    @Test
    void aMemberSeesTeammatesButCannotEditThem() {
        long team = fixtures.team("Peers");
        Actor member = fixtures.member(team);
        Actor teammate = fixtures.member(team);
        var details = people.details(member, teammate.personId());

        assertThat(details.editableByViewer()).isFalse();
        assertThatThrownBy(() -> people.reviseProfile(member, teammate.personId(), details.version(), details.profile()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(people.countVisiblePeople(member, "")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void passwordsChangeOnlyWithTheCurrentOneAndFollowThePolicy() {
        long team = fixtures.team("Passwords");
        Actor manager = fixtures.manager(team);
        String email = DomainFixtures.unique("pat").replace(' ', '.') + "@example.com";
        var added = teams.addNewPerson(manager, team, PersonProfile.basic("Pat", email, ZoneId.of("UTC")),
                new MembershipTerms(TeamRole.MEMBER, false, LocalDate.of(2026, 1, 5)));
        Actor pat = new Actor(added.personId(), false);

        assertThatThrownBy(() -> passwords.changeOwnPassword(pat, "wrong", "a much longer password"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> passwords.changeOwnPassword(pat, added.initialPassword(), "short"))
                .isInstanceOf(InvalidInputException.class);
        passwords.changeOwnPassword(pat, added.initialPassword(), "a much longer password");
    }
}
