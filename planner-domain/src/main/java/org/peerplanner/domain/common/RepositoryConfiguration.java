package org.peerplanner.domain.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The repositories Spring Boot would find by itself, with their queries prepared when
 * {@code planner.repositories.prepare-queries} says ({@link RepositoryQueries}).
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "org.peerplanner.domain",
        repositoryFactoryBeanClass = QueriesPreparedOnFirstUse.class)
class RepositoryConfiguration {

    @Bean
    static RepositoryQueries repositoryQueries(
            @Value("${planner.repositories.prepare-queries:after-start}") RepositoryQueries.When when) {
        return new RepositoryQueries(when);
    }
}
