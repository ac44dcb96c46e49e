package org.peerplanner.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the domain alone (JPA, Flyway, services) for its integration tests. */
@SpringBootApplication
public class DomainTestApplication {
}
