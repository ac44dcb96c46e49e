package org.peerplanner.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The sign-in form as a browser uses it: redirects, session fixation and throttling. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class SignInIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.peerplanner.testdb.TestClock clock;

    MockMvc mvc;

    /** Each test signs in from its own client address, so the per-address limit of one test leaves the others be. */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(10);
    private final String address = "198.51.100." + NEXT_ADDRESS.getAndIncrement();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void everyPageAsksForSignInFirst() throws Exception {
        mvc.perform(get("/people")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theRightPasswordSignsInWithANewSessionId() throws Exception {
        String email = fixtures.newMember("Payments Platform", "Kim Lind");
        var session = new MockHttpSession();
        String before = session.getId();

        var result = mvc.perform(formLogin("/login").user(email).password(WebFixtures.PASSWORD)).andExpect(authenticated())
                .andReturn();

        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    /** Peer mentoring counts a mentor who neither answers nor signs in for 30 days as gone (MentorMatching). */
    @Test
    void aSuccessfulSignInIsRecordedAndAFailedOneIsNot() throws Exception {
        String email = fixtures.newMember("Payments Platform", "Sam Seen");
        long id = fixtures.personId(email);
        String lastSignIn = "select last_signed_in_at from person where id = ?";

        mvc.perform(login(email, "wrong-password")).andExpect(unauthenticated());
        assertThat(jdbc.queryForObject(lastSignIn, java.sql.Timestamp.class, id)).isNull();

        mvc.perform(login(email, WebFixtures.PASSWORD)).andExpect(authenticated());
        assertThat(jdbc.queryForObject(lastSignIn, java.sql.Timestamp.class, id).toLocalDateTime()
                .toInstant(java.time.ZoneOffset.UTC)).as("the test clock's time; the driver may drop fractions")
                .isBetween(clock.instant().minusSeconds(1), clock.instant());
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginWithAnError() throws Exception {
        mvc.perform(login("jonas@example.com", "not-his-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() throws Exception {
        String email = fixtures.newMember("Mobile Apps", "Lee Guesser");
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(email, "guess-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(login(email, WebFixtures.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
    }

    /** Under MariaDB's accent-insensitive collation "lúkas@" reached lukas@'s account with 5 fresh tries. */
    @Test
    void anotherSpellingOfALockedEmailGetsNoFreshTries() throws Exception {
        String email = fixtures.newMember("Mobile Apps", "Lukas Guesser");
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(email, "guess-" + i));
        }

        for (String variant : java.util.List.of(email.replaceFirst("u", "ú"), email.replaceFirst("u", "u\u0301"),
                email.replaceFirst("a", "ä"), "  " + email.toUpperCase(java.util.Locale.ROOT) + " ")) {
            mvc.perform(login(variant, WebFixtures.PASSWORD))
                    .andExpect(unauthenticated());
        }
        mvc.perform(login(email, WebFixtures.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aLockedAccountAndAnUnknownEmailAnswerAlike() throws Exception {
        String known = fixtures.newMember("Mobile Apps", "Noor Known");
        String unknown = "nobody." + known;
        for (String email : java.util.List.of(known, unknown)) {
            for (int i = 0; i < 5; i++) {
                mvc.perform(login(email, "guess-" + i))
                        .andExpect(redirectedUrl("/login?error"));
            }
            mvc.perform(login(email, WebFixtures.PASSWORD))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
        }
    }

    @Test
    void oneClientAddressCannotLockAccountsWithoutLimit() throws Exception {
        for (int account = 0; account < 5; account++) {
            String victim = fixtures.newMember("Mobile Apps", "Victim " + account);
            for (int i = 0; i < 5; i++) {
                mvc.perform(login(victim, "guess-" + i));
            }
        }
        String sixth = fixtures.newMember("Mobile Apps", "Victim Six");

        mvc.perform(login(sixth, "guess"))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(login(sixth, WebFixtures.PASSWORD).with(from("203.0.113.9")))
                .andExpect(authenticated());
    }

    /** Login CSRF: another site's form must not sign the browser into the attacker's account. */
    @Test
    void aSignInPostWithoutTheFormsTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "jonas@example.com").param("password", WebFixtures.PASSWORD)
                        .header("Origin", "https://evil.example").with(from(address)))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
    }

    /** The sign-in form as the login page posts it, token included, from this test's client address. */
    private MockHttpServletRequestBuilder login(String user, String password) {
        return post("/login").param("username", user).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
