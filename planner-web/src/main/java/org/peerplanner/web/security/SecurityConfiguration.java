package org.peerplanner.web.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.authentication.LockedException;

/**
 * Form sign-in against people in the database. Every view requires sign-in unless it says
 * otherwise (only the login view does).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Calendar apps cannot sign in: the feed URL's token is the credential (see CalendarFeedController).
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/calendar/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.formLogin(form -> form.failureHandler(failureHandler()));
        return http.build();
    }

    /** Tells a throttled person why, instead of the usual "wrong password". */
    private static SimpleUrlAuthenticationFailureHandler failureHandler() {
        return new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
                                                jakarta.servlet.http.HttpServletResponse response,
                                                org.springframework.security.core.AuthenticationException exception)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                String target = exception instanceof LockedException ? "/login?locked" : "/login?error";
                getRedirectStrategy().sendRedirect(request, response, target);
            }
        };
    }
}
