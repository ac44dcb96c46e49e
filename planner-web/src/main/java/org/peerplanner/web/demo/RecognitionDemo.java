package org.peerplanner.web.demo;

import org.peerplanner.domain.recognition.ContributionBackfillJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The contribution ledger of the demo year. The chapters before this one went through the real services, so the
 * listeners wrote most entries as the year was seeded; the backfill then runs over the whole organisation as it would
 * on an installation upgraded with history, and writes whatever the listeners had no event for. Idempotent, so it runs
 * on every start. Milestones follow from the ledger (Jonas, Aisha, Lukáš, Zoë and Priya led; Emily and Hannah
 * completed a mentorship), and Tomás, in his grace period, is offered to co-facilitate a coming session.
 */
@Component
@DemoMode
class RecognitionDemo implements DemoChapter {

    private static final Logger LOG = LoggerFactory.getLogger(RecognitionDemo.class);

    private final ContributionBackfillJob backfill;

    RecognitionDemo(ContributionBackfillJob backfill) {
        this.backfill = backfill;
    }

    /** After every chapter that makes history. */
    @Override
    public int order() {
        return 90;
    }

    @Override
    public void seed(DemoOrganisation organisation) {
        LOG.info("Demo ledger: the backfill over the demo year wrote {} entries", backfill.runAll());
    }
}
