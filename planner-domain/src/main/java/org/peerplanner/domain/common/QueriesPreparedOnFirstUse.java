package org.peerplanner.domain.common;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.data.jpa.provider.PersistenceProvider;
import org.springframework.data.jpa.repository.query.DefaultJpaQueryMethodFactory;
import org.springframework.data.jpa.repository.query.JpaQueryMethodFactory;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.ValueExpressionDelegate;

/**
 * Spring Data JPA's repository factory with one change: each query is prepared when {@link RepositoryQueries}
 * says, not while the repository is created. Everything else is the standard factory's defaults, which are all
 * this application uses (no Querydsl, no custom escape character or query method factory).
 */
public class QueriesPreparedOnFirstUse<T extends Repository<S, ID>, S, ID>
        extends JpaRepositoryFactoryBean<T, S, ID> {

    private BeanFactory beanFactory;

    public QueriesPreparedOnFirstUse(Class<? extends T> repositoryInterface) {
        super(repositoryInterface);
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        super.setBeanFactory(beanFactory);
        this.beanFactory = beanFactory;
    }

    @Override
    protected RepositoryFactorySupport createRepositoryFactory(EntityManager entityManager) {
        RepositoryQueries queries = beanFactory.getBean(RepositoryQueries.class);
        if (queries.preparedAtStart()) {
            return super.createRepositoryFactory(entityManager);
        }
        JpaQueryMethodFactory methods =
                new DefaultJpaQueryMethodFactory(PersistenceProvider.fromEntityManager(entityManager));
        JpaRepositoryFactory factory = new JpaRepositoryFactory(entityManager) {
            @Override
            protected Optional<QueryLookupStrategy> getQueryLookupStrategy(QueryLookupStrategy.Key key,
                    ValueExpressionDelegate expressions) {
                return super.getQueryLookupStrategy(key, expressions).map(strategy ->
                        (method, repository, projections, namedQueries) -> queries.onFirstUse(
                                methods.build(method, repository, projections),
                                () -> strategy.resolveQuery(method, repository, projections, namedQueries)));
            }
        };
        factory.setFragmentsContributor(getRepositoryFragmentsContributor());
        factory.setQueryEnhancerSelector(new QueriesParsedOnFirstUse());
        return factory;
    }
}
