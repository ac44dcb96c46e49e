package org.peerplanner.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.MockMvc;
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

    MockMvc mvc;

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

    @Test
    void aWrongPasswordGoesBackToTheLoginWithAnError() throws Exception {
        mvc.perform(formLogin("/login").user("jonas@example.com").password("not-his-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() throws Exception {
        String email = fixtures.newMember("Mobile Apps", "Lee Guesser");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(email).password("guess-" + i)).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin("/login").user(email).password(WebFixtures.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
    }
}
