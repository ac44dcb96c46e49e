package org.peerplanner.web.security;

import java.time.ZoneOffset;
import org.peerplanner.domain.people.SignInService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no administrator yet) creates one, with the password from
 * {@code planner.admin.initial-password} or a generated one printed once to the log. There is no
 * default password. Runs after the demo seeder, which brings its own administrator.
 */
@Component
@Order(20)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

    private final SignInService people;
    private final String email;
    private final String name;
    private final String password;

    InitialAdministrator(SignInService people, @Value("${planner.admin.email}") String email,
                         @Value("${planner.admin.name:Administrator}") String name,
                         @Value("${planner.admin.initial-password:}") String password) {
        this.people = people;
        this.email = email;
        this.name = name;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        people.ensureAdministrator(email, name, ZoneOffset.UTC, password).ifPresent(created -> {
            if (created.generatedPassword() == null) {
                LOG.info("Created the administrator {} with the password from planner.admin.initial-password.",
                        created.email());
            } else {
                LOG.warn("Created the administrator {}. Initial password (shown only this once): {}  "
                        + "Sign in and change it under My profile.", created.email(), created.generatedPassword());
            }
        });
    }
}
