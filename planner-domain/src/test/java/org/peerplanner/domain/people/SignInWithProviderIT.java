package org.peerplanner.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.people.SignInService.VouchedPerson;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** People the company's identity provider vouches for (single sign-on): matched, refused, joined, made administrators. */
@SpringBootTest
@UsePlannerTestDatabase
class SignInWithProviderIT {

    @Autowired
    SignInService signIn;
    @Autowired
    PeopleService people;
    @Autowired
    DomainFixtures fixtures;

    @Test
    void aKnownPersonIsMatchedByTheirEmailInAnySpellingAndKeepsTheirNameAndPassword() {
        long team = fixtures.team("Payments");
        long personId = fixtures.member(team).personId();
        var before = signIn.signInAccount(personId).orElseThrow();

        var account = signIn.signInVouchedFor(new VouchedPerson("  " + before.email().toUpperCase() + " ",
                "Another Name", null, false)).orElseThrow();

        assertThat(account.personId()).isEqualTo(personId);
        assertThat(account.fullName()).isEqualTo(before.fullName());
        assertThat(account.passwordHash()).isEqualTo(before.passwordHash());
        assertThat(account.administrator()).as("no group asked: the role stays").isFalse();
    }

    @Test
    void anUnknownEmailIsRefusedAndNothingIsWritten() {
        String email = "nobody." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        assertThat(signIn.signInVouchedFor(new VouchedPerson(email, "Nobody", true, false))).isEmpty();

        assertThat(signIn.signInVouchedFor(new VouchedPerson(email, "Nobody", null, false))).isEmpty();
    }

    @Test
    void whenAllowedAnUnknownEmailJoinsAsAPersonInNoTeamWithoutAPassword() {
        String email = "joiner." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

        var account = signIn.signInVouchedFor(new VouchedPerson(email, "Jo Iner", null, true)).orElseThrow();

        assertThat(account.fullName()).isEqualTo("Jo Iner");
        assertThat(account.passwordHash()).as("signs in through the provider only").isNull();
        assertThat(account.administrator()).isFalse();
        assertThat(signIn.signInAccount(email)).as("no password to sign in with").isEmpty();
        var details = people.details(DomainFixtures.SYSTEM_ADMIN, account.personId());
        assertThat(details.teams()).isEmpty();
        assertThat(signIn.signInVouchedFor(new VouchedPerson(email, "Jo Iner", null, true)).orElseThrow().personId())
                .as("the second sign-in finds them").isEqualTo(account.personId());
    }

    @Test
    void theProvidersGroupGrantsAndWithdrawsTheAdministratorRoleAtEachSignIn() {
        long personId = fixtures.member(fixtures.team("Platform")).personId();
        String email = signIn.signInAccount(personId).orElseThrow().email();

        assertThat(signIn.signInVouchedFor(new VouchedPerson(email, null, true, false)).orElseThrow().administrator()).isTrue();
        assertThat(signIn.signInAccount(personId).orElseThrow().administrator()).as("stored").isTrue();

        assertThat(signIn.signInVouchedFor(new VouchedPerson(email, null, false, false)).orElseThrow().administrator()).isFalse();
        assertThat(signIn.signInAccount(personId).orElseThrow().administrator()).isFalse();
    }

    @Test
    void anAddressNoPersonCouldHaveIsRefused() {
        assertThat(signIn.signInVouchedFor(new VouchedPerson(" ", "Blank", null, true))).isEmpty();
        assertThat(signIn.signInVouchedFor(new VouchedPerson("a".repeat(250) + "@example.com", "Long", null, true)))
                .isEmpty();
    }
}
