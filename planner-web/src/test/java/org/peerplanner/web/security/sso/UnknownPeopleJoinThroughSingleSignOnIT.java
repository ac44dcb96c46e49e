package org.peerplanner.web.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.TeamMemberships;
import org.peerplanner.domain.people.PersonLookup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code planner.sso.create-unknown-people=true}, a verified email that belongs to nobody joins as a person in
 * no team (whom a manager then adds to a team); an unverified one is still refused and creates nobody. Against the
 * real provider ({@link TestIdentityProvider}); a context of its own, as the property differs.
 */
@TestPropertySource(properties = "planner.sso.create-unknown-people=true")
class UnknownPeopleJoinThroughSingleSignOnIT extends SignsInOverHttp {

    @Autowired
    PersonLookup people;
    @Autowired
    TeamMemberships memberships;

    @Test
    void aVerifiedStrangerJoinsAsAPersonInNoTeamAndAnUnverifiedOneIsStillRefused() throws Exception {
        String unverified = "unverified." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        provider.addPerson(unverified, "Sso Unverified Stranger", false);
        var refused = http.signInAtProvider(http.startSignIn(), unverified);
        assertThat(refused.uri().toString()).isEqualTo(http.app() + "/login?sso=email_not_verified");
        assertThat(people.byEmail(unverified)).as("nobody created").isEmpty();

        // somebody else, in a browser of their own (the provider still knows the first one)
        http = new SsoHttp(http.app());
        String email = "newcomer." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        provider.addPerson(email, "Sso Newcomer", true);
        var home = http.signInAtProvider(http.startSignIn(), email);

        assertThat(home.uri().toString()).startsWith(http.app()).doesNotContain("/login");
        assertThat(http.get("/people").uri().getPath()).as("signed in").isEqualTo("/people");
        var joined = people.byEmail(email).orElseThrow();
        assertThat(joined.getFullName()).isEqualTo("Sso Newcomer");
        assertThat(joined.isAdministrator()).as("not in the administrator group").isFalse();
        assertThat(joined.getPasswordHash()).as("no password: the provider signs them in").isNull();
        assertThat(memberships.teamIdsOf(joined.getId())).as("in no team").isEmpty();
    }
}
