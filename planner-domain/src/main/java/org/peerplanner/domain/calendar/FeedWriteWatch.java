package org.peerplanner.domain.calendar;

import java.util.Locale;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells {@link FeedVersionMemo} when something was written: Hibernate shows this watch every statement it prepares
 * (entity inserts, updates, deletes, collection rows and bulk updates such as the volunteer race's), and the
 * transaction that sent a write clears the memo right after its commit, before the service call returns. The
 * features that change what a feed shows need not know that feeds exist.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedMemoSettings.class)
class FeedWriteWatch {

    @Bean
    HibernatePropertiesCustomizer feedWriteWatchInspector(FeedVersionMemo memo) {
        return properties -> properties.put(AvailableSettings.STATEMENT_INSPECTOR, new WriteInspector(memo::changed));
    }

    /** Passes every statement through unchanged; remembers that the transaction wrote. */
    record WriteInspector(Runnable changed) implements StatementInspector {

        @Override
        public String inspect(String sql) {
            if (writes(sql)) {
                afterCommit();
            }
            return sql;
        }

        private void afterCommit() {
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                changed.run(); // a write outside a transaction commits by itself
                return;
            }
            // Once per transaction; the list is the current transaction's (an outer one's is suspended meanwhile).
            for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
                if (registered instanceof ClearOnCommit) {
                    return;
                }
            }
            TransactionSynchronizationManager.registerSynchronization(new ClearOnCommit(changed));
        }

        static boolean writes(String sql) {
            String start = sql.stripLeading();
            while (start.startsWith("/*") && start.contains("*/")) { // hibernate.use_sql_comments
                start = start.substring(start.indexOf("*/") + 2).stripLeading();
            }
            String verb = start.substring(0, Math.min(6, start.length())).toLowerCase(Locale.ROOT);
            return verb.startsWith("insert") || verb.startsWith("update") || verb.startsWith("delete")
                    || verb.startsWith("merge");
        }
    }

    private record ClearOnCommit(Runnable changed) implements TransactionSynchronization {
        @Override
        public void afterCommit() {
            changed.run();
        }
    }
}
