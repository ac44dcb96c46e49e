package org.peerplanner.domain.common;

import java.time.Clock;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    /** Lets the same jar run on MySQL or MariaDB without anyone naming a dialect. */
    @Bean
    HibernatePropertiesCustomizer serverAwareDialect() {
        return properties -> properties.putIfAbsent(
                AvailableSettings.DIALECT_RESOLVERS, ServerAwareDialectResolver.class.getName());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
