package org.peerplanner.web.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.peerplanner.domain.people.SignInService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Form sign-in against people in the database and, when configured ({@link SsoSettings}), single sign-on through the
 * company's OpenID Connect provider. Every view requires sign-in unless it says
 * otherwise (only the login view does).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    private static final String LOGIN_PATH = "/login";
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SsoSettings sso,
                                            SignInService people) throws Exception {
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Calendar apps cannot sign in: the feed URL's token is the credential (see web/calendar/FeedEndpoint).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/calendar/**").permitAll());
        // Vaadin's own CSRF set-up exempts the login URL, so another site could post a sign-in form (signing a
        // victim into the attacker's account). Vaadin's internal requests carry their own token and stay exempt;
        // the sign-in form sends Spring's token, which Vaadin puts in the page for the login form to include.
        // Vaadin denies every address that is not a route, so a signed-in person on a mistyped address got a blank
        // 403. Signed-in requests reach Vaadin instead, which answers with the app's own "page not found"
        // (web.error); each view still checks its own access annotation.
        SsoProvider provider = sso.enabled() ? new SsoProvider(sso) : null;
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            if (sso.formSignIn()) {
                vaadin.loginView(LoginView.class);
            } else {
                vaadin.oauth2LoginPage(LOGIN_PATH); // the same login view, with the provider's button only
            }
            if (provider != null) {
                vaadin.logoutSuccessHandler(endingTheProviderSession(provider));
            }
            vaadin.enableCsrfConfiguration(false).anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
        });
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        if (sso.formSignIn()) {
            http.formLogin(form -> form.failureHandler(failureHandler()));
        }
        if (provider != null) {
            http.oauth2Login(login -> login.loginPage(LOGIN_PATH)
                    .clientRegistrationRepository(provider)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SsoSignIn(people, sso)))
                    .failureHandler(ssoFailureHandler()));
        }
        return http.build();
    }

    /**
     * Signing out of Peer Planner also ends the session at the provider (OpenID Connect RP-initiated logout) when it
     * announces an end-session endpoint, and it sends the browser back to the login page; otherwise, and for people
     * who signed in with the form, signing out works as before. Vaadin signs out inside a UI request, so the
     * redirect goes through its own strategy.
     */
    private static OidcClientInitiatedLogoutSuccessHandler endingTheProviderSession(SsoProvider provider) {
        var handler = new OidcClientInitiatedLogoutSuccessHandler(provider);
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        handler.setPostLogoutRedirectUri("{baseUrl}" + LOGIN_PATH);
        return handler;
    }

    /** The login page says why the provider's person could not sign in here (see {@link SsoSignIn}). */
    private static AuthenticationFailureHandler ssoFailureHandler() {
        return (request, response, exception) -> {
            // the reason at INFO; the provider's whole answer (which may name the person) only at DEBUG
            LOG.info("Single sign-on failed: {}", exception instanceof OAuth2AuthenticationException refused
                    ? refused.getError().getErrorCode() : exception.getClass().getSimpleName());
            LOG.debug("Single sign-on failed", exception);
            String reason = exception instanceof OAuth2AuthenticationException refused
                    ? refused.getError().getErrorCode() : "failed";
            if (!LoginView.SSO_REFUSALS.containsKey(reason)) {
                reason = "failed";
            }
            response.sendRedirect(request.getContextPath() + LOGIN_PATH + "?sso=" + reason);
        };
    }

    @Bean
    ThrottledSignIn throttledSignIn(PersonUserDetailsService users, PasswordEncoder passwords, SignInService people,
                                    SignInThrottle throttle) {
        return new ThrottledSignIn(users, passwords, people, throttle);
    }

    /** Before everything else, so static files, downloads, feeds and error pages get them too. */
    @Bean
    FilterRegistrationBean<HardeningHeaders> hardeningHeaders() {
        var registration = new FilterRegistrationBean<>(new HardeningHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RelativeRedirects> relativeRedirects() {
        var registration = new FilterRegistrationBean<>(new RelativeRedirects());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** Tells a throttled person why, instead of the usual "wrong password". */
    private static SimpleUrlAuthenticationFailureHandler failureHandler() {
        return new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                                AuthenticationException exception) throws IOException {
                String target = exception instanceof LockedException ? "/login?locked" : "/login?error";
                getRedirectStrategy().sendRedirect(request, response, target);
            }
        };
    }
}
