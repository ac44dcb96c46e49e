package org.peerplanner.domain.knowledge;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The {@link KnowledgeAnalysis#ENGLISH} analyzer on OpenSearch (or Elasticsearch), built from the same steps as on
 * the embedded Lucene index, so both backends find the same articles for the same words. The server's built-in
 * {@code english} analyzer would differ: it drops stop words ("the", "not") and keeps accents ("café" would not
 * find "cafe"). Defined in the index's settings, it takes the built-in one's place.
 */
public class KnowledgeAnalysisOnOpenSearch implements ElasticsearchAnalysisConfigurer {

    private static final String POSSESSIVE = "planner_english_possessive";

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer(KnowledgeAnalysis.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", POSSESSIVE, "porter_stem");
        context.tokenFilter(POSSESSIVE).type("stemmer").param("language", "possessive_english");
    }
}
