package org.peerplanner.domain.knowledge;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search defaults for the knowledge base. Anything set in
 * {@code spring.jpa.properties.hibernate.search.*} wins, which is how the {@code search-opensearch} profile switches
 * to OpenSearch with outbox-polling (README, "Knowledge base search").
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeSearchSettings {

    static final String BACKEND_TYPE = "hibernate.search.backend.type";
    static final String ANALYSIS = "hibernate.search.backend.analysis.configurer";
    static final String LUCENE_VERSION = "hibernate.search.backend.lucene_version";
    static final String COORDINATION = "hibernate.search.coordination.strategy";
    static final String OUTBOX_EVENT_UUID_TYPE = "hibernate.search.coordination.entity.mapping.outboxevent.uuid_type";
    static final String AGENT_UUID_TYPE = "hibernate.search.coordination.entity.mapping.agent.uuid_type";

    @Bean
    HibernatePropertiesCustomizer knowledgeSearchDefaults() {
        return properties -> {
            // Both backends are on the class path, so Hibernate Search wants to be told; embedded Lucene is the default.
            properties.putIfAbsent(BACKEND_TYPE, "lucene");
            if ("lucene".equals(properties.get(BACKEND_TYPE))) {
                properties.putIfAbsent(ANALYSIS, "class:" + KnowledgeAnalysis.class.getName());
                // Pinned so that a Lucene upgrade does not silently change how existing index files are read;
                // raise it together with the Lucene version (the index is rebuilt from the database when behind).
                properties.putIfAbsent(LUCENE_VERSION, "LUCENE_9_12_0");
            } else {
                properties.putIfAbsent(ANALYSIS, "class:" + KnowledgeAnalysisOnOpenSearch.class.getName());
            }
            if ("outbox-polling".equals(properties.get(COORDINATION))) {
                // Outbox-polling's tables come from migration V28, whose ids are CHAR(36) on every database (the
                // dialects' own UUID types differ: uuid on H2, binary(16) on MariaDB).
                properties.putIfAbsent(OUTBOX_EVENT_UUID_TYPE, "CHAR");
                properties.putIfAbsent(AGENT_UUID_TYPE, "CHAR");
            }
        };
    }
}
