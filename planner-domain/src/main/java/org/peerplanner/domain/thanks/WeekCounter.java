package org.peerplanner.domain.thanks;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The guard behind the caps: one row per giver and week, taken with a guarded UPDATE in the give's transaction. The
 * row stays locked until that transaction ends, so a giver's gives in one week happen one after another and each
 * counts what the one before committed. The row is made in its own short transaction first (the loser of a race to
 * make it finds the winner's); callers run at READ COMMITTED so they see it.
 */
@Component
class WeekCounter {

    private final EntityManager entities;
    private final TransactionTemplate separate;

    WeekCounter(EntityManager entities, PlatformTransactionManager transactions) {
        this.entities = entities;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** One more for this giver and week, unless {@code cap} are given already; false then. */
    boolean take(long giverId, LocalDate week, int cap) {
        ensure(giverId, week);
        return entities.createNativeQuery("update thanks_week set given = given + 1 "
                        + "where giver_id = :giver and week_start = :week and given < :cap")
                .setParameter("giver", giverId).setParameter("week", week).setParameter("cap", cap)
                .executeUpdate() == 1;
    }

    private void ensure(long giverId, LocalDate week) {
        if (exists(giverId, week)) {
            return;
        }
        try {
            separate.executeWithoutResult(status -> entities.createNativeQuery(
                            "insert into thanks_week (giver_id, week_start, given) values (:giver, :week, 0)")
                    .setParameter("giver", giverId).setParameter("week", week).executeUpdate());
        } catch (DataIntegrityViolationException | PersistenceException alreadyThere) {
            // Another give made it a moment ago: just what we needed.
        }
    }

    private boolean exists(long giverId, LocalDate week) {
        return !entities.createNativeQuery("select 1 from thanks_week where giver_id = :giver and week_start = :week")
                .setParameter("giver", giverId).setParameter("week", week).getResultList().isEmpty();
    }
}
