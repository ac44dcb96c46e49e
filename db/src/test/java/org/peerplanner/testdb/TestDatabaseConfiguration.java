package org.peerplanner.testdb;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.mysql.MySQLContainer;

/**
 * Points a Spring test context at the database {@link TestDatabase} chose. Import it with
 * {@link UsePlannerTestDatabase}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @TestConfiguration(proxyBeanMethods = false)
    @Conditional(OnTestcontainers.class)
    static class Testcontainers {

        @Bean
        @ServiceConnection
        MySQLContainer mysql() {
            return new MySQLContainer(TestDatabase.MYSQL_IMAGE);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    @Conditional(NotOnTestcontainers.class)
    static class Direct {

        @Bean
        DynamicPropertyRegistrar plannerTestDatabase() {
            TestDatabase.Connection db = TestDatabase.shared();
            return registry -> {
                registry.add("spring.datasource.url", db::url);
                registry.add("spring.datasource.username", db::user);
                registry.add("spring.datasource.password", db::password);
            };
        }
    }

    static class OnTestcontainers implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestDatabase.kind() == TestDatabase.Kind.TESTCONTAINERS;
        }
    }

    static class NotOnTestcontainers implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return TestDatabase.kind() != TestDatabase.Kind.TESTCONTAINERS;
        }
    }
}
