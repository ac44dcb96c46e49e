package org.peerplanner.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.query.RepositoryQuery;

class RepositoryQueriesTest {

    final RepositoryQueries queries = new RepositoryQueries(RepositoryQueries.When.AFTER_START);

    @Test
    void aQueryIsPreparedOnceOnFirstUseAndThenServesEveryCall() {
        AtomicInteger prepared = new AtomicInteger();
        RepositoryQuery query = queries.onFirstUse(null, () -> {
            prepared.incrementAndGet();
            return answering("rows");
        });

        assertThat(prepared).hasValue(0);
        assertThat(query.execute(new Object[0])).isEqualTo("rows");
        assertThat(query.execute(new Object[0])).isEqualTo("rows");
        assertThat(queries.prepareAll()).isEqualTo(1);
        assertThat(prepared).hasValue(1);
    }

    @Test
    void aWrongQueryShowsWhenAllArePrepared() {
        queries.onFirstUse(null, () -> answering("fine"));
        queries.onFirstUse(null, () -> {
            throw new IllegalArgumentException("Could not resolve attribute 'titel'");
        });

        assertThatThrownBy(queries::prepareAll).hasMessageContaining("titel");
    }

    private static RepositoryQuery answering(Object answer) {
        return new RepositoryQuery() {
            @Override
            public Object execute(Object[] parameters) {
                return answer;
            }

            @Override
            public org.springframework.data.repository.query.QueryMethod getQueryMethod() {
                return null;
            }
        };
    }
}
