package org.peerplanner.domain.common;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across app instances: each {@code @Scheduled} method that must not run on every instance
 * carries ShedLock's {@code @SchedulerLock}, and the instance that takes the job's row in the {@code shedlock} table
 * (V29) runs it; the others skip that run. {@code lockAtLeastFor} keeps the row taken a while after a short run, so
 * instances whose schedules fire a little apart do not each run the job once; {@code lockAtMostFor} frees it when
 * the instance running it dies.
 * <p>
 * Times are the database server's ({@code usingDbTime}): the instances' clocks need not agree, and neither the
 * injected {@link java.time.Clock} nor ShedLock's own {@code ClockProvider} decides who holds a lock. The jobs
 * themselves still read the injected Clock for what is due.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
public class ScheduledJobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${planner.instance.route:}") String route) {
        return lockProviderFor(dataSource, route.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : route);
    }

    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }

    /** The locks of one instance, named {@code instance} in the table's locked_by (tests make several). */
    public static LockProvider lockProviderFor(DataSource dataSource, String instance) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(instance)
                .usingDbTime()
                .build());
    }

    /**
     * Runs {@code task} when this instance takes {@code lock}, and returns what it returned; empty when another
     * instance holds the lock. For locked work that is not a {@code @Scheduled} method of a Spring bean, which
     * {@code @SchedulerLock} cannot reach.
     */
    public static <T> Optional<T> runUnderLock(LockingTaskExecutor locks, LockConfiguration lock, Supplier<T> task) {
        LockingTaskExecutor.TaskResult<T> result;
        try {
            result = locks.executeWithLock((LockingTaskExecutor.TaskWithResult<T>) task::get, lock);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) { // a Supplier throws nothing checked; ShedLock's signature allows it
            throw new IllegalStateException(e);
        }
        return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
    }
}
