package org.peerplanner.web.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.web.security.sso.SsoHttp.csrf;
import static org.peerplanner.web.security.sso.SsoHttp.redirects;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.people.SignInService;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Single sign-on over plain HTTP, against a real provider ({@link TestIdentityProvider}), so the rules hold even
 * where no browser runs: authorization code with PKCE, people matched by verified email only, unknown people and
 * unverified emails refused with their reason, the administrator group deciding the role at every sign-in, the
 * password form switched off, and signing out ending the provider's session too.
 */
class SingleSignOnIT extends SignsInOverHttp {

    @Autowired
    WebFixtures fixtures;
    @Autowired
    SignInService people;

    @Test
    void aKnownPersonSignsInWithPkceAndTheProvidersGroupDecidesTheAdministratorRoleAtEverySignIn() throws Exception {
        String email = fixtures.newMember("Mobile Apps", "Sso Known");
        long personId = fixtures.personId(email);
        provider.addPerson(email, "Sso Known", true, TestIdentityProvider.ADMIN_GROUP);

        var providerLogin = http.startSignIn();
        URI authorize = redirects(providerLogin).stream().filter(u -> u.getPath().equals("/oauth2/authorize"))
                .findFirst().orElseThrow();
        assertThat(authorize.getQuery()).contains("code_challenge=", "code_challenge_method=S256", "response_type=code");

        var home = http.signInAtProvider(providerLogin, email);
        assertThat(home.uri().toString()).startsWith(http.app()).doesNotContain("/login");
        assertThat(http.get("/people").uri().getPath()).as("signed in").isEqualTo("/people");
        assertThat(people.signInAccount(personId).orElseThrow().administrator()).as("in the group").isTrue();

        // out of the group at the provider: the next sign-in takes the role away
        provider.addPerson(email, "Sso Known", true);
        http.signOut();
        var again = http.signInAtProvider(http.startSignIn(), email);
        assertThat(again.uri().getPath()).doesNotContain("/login");
        assertThat(people.signInAccount(personId).orElseThrow().administrator()).as("out of the group").isFalse();
    }

    @Test
    void anUnknownPersonIsRefusedWithTheReasonAndNobodyIsCreated() throws Exception {
        String email = "stranger." + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
        provider.addPerson(email, "Sso Stranger", true);

        var refused = http.signInAtProvider(http.startSignIn(), email);

        assertThat(refused.uri().toString()).isEqualTo(http.app() + "/login?sso=unknown_person");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(people.signInAccount(email)).isEmpty();
        assertThat(http.get("/people").uri().getPath()).as("not signed in").isEqualTo("/login");
    }

    @Test
    void anUnverifiedEmailIsRefusedEvenWhenItBelongsToSomebody() throws Exception {
        String email = fixtures.newMember("Mobile Apps", "Sso Unverified");
        provider.addPerson(email, "Sso Unverified", false, TestIdentityProvider.ADMIN_GROUP);

        var refused = http.signInAtProvider(http.startSignIn(), email);

        assertThat(refused.uri().toString()).isEqualTo(http.app() + "/login?sso=email_not_verified");
        assertThat(http.get("/people").uri().getPath()).as("not signed in").isEqualTo("/login");
        assertThat(people.signInAccount(fixtures.personId(email)).orElseThrow().administrator()).isFalse();
    }

    @Test
    void withTheFormSwitchedOffAPasswordSignsNobodyIn() throws Exception {
        var login = http.get("/login");
        var answer = http.post(URI.create(http.app() + "/login"), "username=jonas%40example.com&password="
                + WebFixtures.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf(login.body(), "<meta name=\"_csrf\" content=\"([^\"]+)\""), StandardCharsets.UTF_8));
        assertThat(answer.uri().getPath()).isNotEqualTo("/");
        assertThat(http.get("/people").uri().getPath()).as("not signed in").isEqualTo("/login");
    }

    @Test
    void signingOutEndsTheProvidersSessionToo() throws Exception {
        String email = fixtures.newMember("Mobile Apps", "Sso Leaver");
        provider.addPerson(email, "Sso Leaver", true);
        http.signInAtProvider(http.startSignIn(), email);

        // while the provider's session lasts, a new app session needs no password
        http.forgetTheAppSession();
        assertThat(http.startSignIn().uri().getPath()).as("straight back, signed in").isEqualTo("/");

        var signedOut = http.signOut();
        assertThat(redirects(signedOut)).anySatisfy(u -> assertThat(u.toString())
                .startsWith(TestIdentityProvider.ISSUER + "/connect/logout").contains("id_token_hint="));
        assertThat(signedOut.uri().toString()).isEqualTo(http.app() + "/login");

        var next = http.startSignIn();
        assertThat(next.uri().toString()).as("the provider asks for the password again")
                .isEqualTo(TestIdentityProvider.ISSUER + "/login");
    }
}
