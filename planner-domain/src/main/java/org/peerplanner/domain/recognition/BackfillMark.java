package org.peerplanner.domain.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The trace the one-off backfill leaves, so an installation runs it once. */
@Entity
@Table(name = "contribution_backfill")
class BackfillMark {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected BackfillMark() {
    }

    BackfillMark(Instant doneAt) {
        this.id = ID;
        this.doneAt = doneAt;
    }
}
