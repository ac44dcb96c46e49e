package org.peerplanner.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Boots the domain alone (JPA, Flyway, services) for its integration tests. */
@SpringBootApplication
@ConfigurationPropertiesScan // the settings records, as the app does
public class DomainTestApplication {
}
