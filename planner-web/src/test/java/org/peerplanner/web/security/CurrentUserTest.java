package org.peerplanner.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.people.SignInAccount;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * The signed-in person whichever way they signed in. Vaadin's {@code getAuthenticatedUser(type)} casts the principal,
 * so asking it for a {@link PlannerUser} first threw for everybody who came through the provider: every screen of a
 * single sign-on session failed in the main layout.
 */
class CurrentUserTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    private final CurrentUser current = new CurrentUser(new AuthenticationContext());
    private final PlannerUser ada = PlannerUser.of(new SignInAccount(7, "ada@example.com", "Ada", null, true), false);

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPersonWhoSignedInWithTheForm() {
        signIn(new UsernamePasswordAuthenticationToken(ada, null, ada.getAuthorities()));

        assertThat(current.get()).isEqualTo(ada);
    }

    @Test
    void aPersonWhoSignedInThroughTheProvider() {
        var idToken = new OidcIdToken("token", ISSUED, ISSUED.plusSeconds(300), Map.of("sub", "ada"));
        var sso = new SsoUser(ada, idToken, null);
        signIn(new OAuth2AuthenticationToken(sso, sso.getAuthorities(), "sso"));

        assertThat(current.get()).isEqualTo(ada);
        assertThat(current.actor()).isEqualTo(ada.actor());
    }

    @Test
    void nobody() {
        assertThatThrownBy(current::get).isInstanceOf(IllegalStateException.class);
    }

    private static void signIn(org.springframework.security.core.Authentication authentication) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }
}
