package org.peerplanner.web.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.peerplanner.domain.people.SignInService;
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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Form sign-in against people in the database. Every view requires sign-in unless it says
 * otherwise (only the login view does).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Calendar apps cannot sign in: the feed URL's token is the credential (see web/calendar/FeedEndpoint).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/calendar/**").permitAll());
        // Vaadin's own CSRF set-up exempts the login URL, so another site could post a sign-in form (signing a
        // victim into the attacker's account). Vaadin's internal requests carry their own token and stay exempt;
        // the sign-in form sends Spring's token, which Vaadin puts in the page for the login form to include.
        // Vaadin denies every address that is not a route, so a signed-in person on a mistyped address got a blank
        // 403. Signed-in requests reach Vaadin instead, which answers with the app's own "page not found"
        // (web.error); each view still checks its own access annotation.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.formLogin(form -> form.failureHandler(failureHandler()));
        return http.build();
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
