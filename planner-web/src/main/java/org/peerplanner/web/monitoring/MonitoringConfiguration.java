package org.peerplanner.web.monitoring;

import jakarta.servlet.ServletContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Request ids for the logs, and the management endpoints' access. Health, info and metrics are served only on the
 * management port (management.server.port), which the platform's monitoring reaches and the public does not: there
 * they need no sign-in. On the public port the application serves no /actuator at all.
 */
@Configuration
class MonitoringConfiguration {

    /**
     * First of all filters, so every log line of a request carries its id, including a calendar feed's, which
     * {@code FeedEndpoint} answers without passing the request on.
     */
    @Bean
    FilterRegistrationBean<RequestIds> requestIds(MonitoringSettings settings) {
        var registration = new FilterRegistrationBean<>(new RequestIds(settings.requestIdHeader()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The management port's requests pass without sign-in (there is nobody to sign in: it is Prometheus or the
     * orchestrator). The management server is a servlet container of its own; a request on the public port (the
     * application's servlet context) never matches, so even a management port set equal to the public one opens
     * nothing without sign-in.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementEndpoints(HttpSecurity http, ServletContext application) throws Exception {
        http.securityMatcher(request -> request.getServletContext() != application)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
