package org.peerplanner.domain.knowledge;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How article text becomes search terms on the embedded Lucene backend: words, lower case, accents
 * folded, English stemming ("consumers" finds "consumer"). Elasticsearch and OpenSearch have a
 * built-in analyzer of the same name, so the mapping works unchanged on those backends.
 */
public class KnowledgeAnalysis implements LuceneAnalysisConfigurer {

    public static final String ENGLISH = "english";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("englishPossessive")
                .tokenFilter("porterStem");
    }
}
