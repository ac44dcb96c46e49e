package org.peerplanner.web.security;

import java.time.ZoneOffset;
import org.peerplanner.domain.people.SignInService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final AdministratorSettings administrator;

    InitialAdministrator(SignInService people, AdministratorSettings administrator) {
        this.people = people;
        this.administrator = administrator;
    }

    @Override
    public void run(ApplicationArguments args) {
        people.ensureAdministrator(administrator.email(), administrator.name(), ZoneOffset.UTC,
                administrator.initialPassword()).ifPresent(created -> {
            if (created.generatedPassword() == null) {
                LOG.info("Created the administrator (planner.admin.email) with the password from "
                        + "planner.admin.initial-password.");
            } else {
                LOG.warn("Created the administrator {}. Initial password (shown only this once): {}  "
                        + "Sign in and change it under My profile.", created.email(), created.generatedPassword());
            }
        });
    }
}
