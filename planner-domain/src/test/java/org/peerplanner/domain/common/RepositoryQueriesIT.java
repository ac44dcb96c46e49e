package org.peerplanner.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.repository.core.support.RepositoryFactoryInformation;

/** Start-up no longer checks the repositories' queries (RepositoryQueries), so this test checks all of them. */
@SpringBootTest
@UsePlannerTestDatabase
class RepositoryQueriesIT {

    @Autowired
    RepositoryQueries queries;
    @Autowired
    ApplicationContext context;

    @Test
    void everyQueryOfEveryRepositoryIsPreparedWithoutError() {
        long declared = context.getBeansOfType(RepositoryFactoryInformation.class).values().stream()
                .mapToLong(repository -> repository.getRepositoryInformation().getQueryMethods().stream().count())
                .sum();

        assertThat(declared).as("query methods the repositories declare").isGreaterThan(100);
        assertThat(queries.prepareAll()).isEqualTo(declared);
    }
}
