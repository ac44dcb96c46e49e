package org.peerplanner.domain.knowledge;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search defaults for the knowledge base. Anything set in
 * {@code spring.jpa.properties.hibernate.search.*} wins, which is how an installation switches to
 * Elasticsearch/OpenSearch (see README).
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeSearchSettings {

    static final String BACKEND_TYPE = "hibernate.search.backend.type";
    static final String ANALYSIS = "hibernate.search.backend.analysis.configurer";

    @Bean
    HibernatePropertiesCustomizer knowledgeSearchDefaults() {
        return properties -> {
            Object type = properties.get(BACKEND_TYPE);
            if (type == null || "lucene".equals(type)) {
                properties.putIfAbsent(ANALYSIS, "class:" + KnowledgeAnalysis.class.getName());
            }
        };
    }
}
