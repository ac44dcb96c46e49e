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
    static final String LUCENE_VERSION = "hibernate.search.backend.lucene_version";

    @Bean
    HibernatePropertiesCustomizer knowledgeSearchDefaults() {
        return properties -> {
            Object type = properties.get(BACKEND_TYPE);
            if (type == null || "lucene".equals(type)) {
                properties.putIfAbsent(ANALYSIS, "class:" + KnowledgeAnalysis.class.getName());
                // Pinned so that a Lucene upgrade does not silently change how existing index files are read;
                // raise it together with the Lucene version (the index is rebuilt from the database when behind).
                properties.putIfAbsent(LUCENE_VERSION, "LUCENE_9_12_0");
            }
        };
    }
}
