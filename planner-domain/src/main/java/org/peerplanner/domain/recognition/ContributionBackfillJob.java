package org.peerplanner.domain.recognition;

import java.time.Clock;
import org.peerplanner.domain.access.TeamMemberships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the backfill once per installation (the first start with the ledger), then leaves a mark. Every later
 * contribution is written live by the listeners. A second instance starting at the same moment only repeats
 * idempotent writes.
 */
@Component
public class ContributionBackfillJob {

    private static final Logger log = LoggerFactory.getLogger(ContributionBackfillJob.class);

    private final ContributionBackfill backfill;
    private final TeamMemberships teams;
    private final BackfillMarkRepository marks;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ContributionBackfillJob(ContributionBackfill backfill, TeamMemberships teams, BackfillMarkRepository marks,
                            TransactionTemplate transaction, Clock clock) {
        this.backfill = backfill;
        this.teams = teams;
        this.marks = marks;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        runOnce();
    }

    /** @return entries written: 0 when the backfill had run already */
    public int runOnce() {
        if (marks.existsById(BackfillMark.ID)) {
            return 0;
        }
        int written = runAll();
        transaction.executeWithoutResult(status -> {
            if (!marks.existsById(BackfillMark.ID)) {
                marks.save(new BackfillMark(clock.instant()));
            }
        });
        log.info("Contribution ledger backfilled from history: {} entries", written);
        return written;
    }

    /** Every team's history and all mentorships; idempotent. */
    public int runAll() {
        int written = 0;
        for (long teamId : teams.allTeamIds()) {
            written += backfill.team(teamId);
        }
        return written + backfill.mentoring();
    }
}
