package org.peerplanner.web.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.peerplanner.PeerPlannerApplication;
import org.peerplanner.testdb.TestClockConfiguration;
import org.peerplanner.testdb.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One app instance as the platform team runs several: the demo organisation, the {@code search-opensearch} profile
 * against {@link TestOpenSearch}, one database shared with the other instances, a random port. Started and closed by
 * the test, because the tests are about instances coming and going.
 */
final class PlannerInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private PlannerInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static PlannerInstance start(TestDatabase.Connection database, String... extraProperties) {
        var properties = new ArrayList<>(List.of(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.user(),
                "spring.datasource.password=" + database.password(),
                "planner.search.uris=" + TestOpenSearch.shared().uri(),
                "server.port=0",
                "management.server.port=-1",
                // the agents look for new events every 100 ms by default; a test waits for them anyway
                "spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval=100"));
        properties.addAll(List.of(extraProperties));
        // as command-line arguments: the builder's properties() are defaults, below the profile's own file
        return new PlannerInstance(new SpringApplicationBuilder(PeerPlannerApplication.class, TestClockConfiguration.class)
                .profiles("demo", "search-opensearch")
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
