package org.peerplanner.domain.common;

import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.util.Lazy;

/**
 * Spring Data's own choice of query parser (Hibernate's grammar for our {@code @Query} texts, JSqlParser or
 * its fallback for native ones), parsing a query only when it needs to: to add a sort or derive a count query.
 * Spring Data otherwise reads every declared query with its ANTLR grammar as soon as the query is made, to be
 * ready for those; in an uncached start that was 102 of 874 CPU samples (docs/benchmarks.md, "Start-up").
 * Used by {@link QueriesPreparedOnFirstUse}.
 */
public class QueriesParsedOnFirstUse implements QueryEnhancerSelector {

    @Override
    public QueryEnhancerFactory select(DeclaredQuery query) {
        QueryEnhancerFactory parser = QueryEnhancerSelector.DEFAULT_SELECTOR.select(query);
        return new QueryEnhancerFactory() {
            @Override
            public boolean supports(DeclaredQuery declared) {
                return parser.supports(declared);
            }

            @Override
            public QueryEnhancer create(QueryProvider provider) {
                return new ParsedOnFirstUse(provider, Lazy.of(() -> parser.create(provider)));
            }
        };
    }

    /** Answers the query text itself; everything that needs the parsed query parses it, once. */
    private record ParsedOnFirstUse(QueryProvider query, Lazy<QueryEnhancer> parsed) implements QueryEnhancer {

        @Override
        public QueryProvider getQuery() {
            return query;
        }

        @Override
        public boolean isSelectQuery() {
            return parsed.get().isSelectQuery();
        }

        @Override
        public boolean hasConstructorExpression() {
            return parsed.get().hasConstructorExpression();
        }

        @Override
        public String detectAlias() {
            return parsed.get().detectAlias();
        }

        @Override
        public String getProjection() {
            return parsed.get().getProjection();
        }

        @Override
        public String rewrite(QueryRewriteInformation rewriteInformation) {
            return parsed.get().rewrite(rewriteInformation);
        }

        @Override
        public String createCountQueryFor(String countProjection) {
            return parsed.get().createCountQueryFor(countProjection);
        }
    }
}
