package org.peerplanner.domain.mentoring;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes sure a mentor has an offer row (the place counter) before anything counts on it. It is written in its own
 * short transaction, so two first requests to a mentor at the same moment cannot spoil each other: the loser of the
 * insert finds the winner's row. Callers run at READ COMMITTED, so they see the row even when their own transaction
 * had read something before (at MariaDB's REPEATABLE READ their snapshot would not contain it).
 */
@Component
class OfferRows {

    private final MentorOfferRepository offers;
    private final jakarta.persistence.EntityManager entities;
    private final TransactionTemplate separate;

    OfferRows(MentorOfferRepository offers, jakarta.persistence.EntityManager entities,
              PlatformTransactionManager transactions) {
        this.offers = offers;
        this.entities = entities;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void ensure(long personId) {
        if (offers.existsById(personId)) {
            return;
        }
        try {
            separate.executeWithoutResult(status -> {
                entities.persist(new MentorOffer(personId));
                entities.flush();
            });
        } catch (DataIntegrityViolationException alreadyThere) {
            // Someone else created it a moment ago: just what we needed.
        }
    }
}
