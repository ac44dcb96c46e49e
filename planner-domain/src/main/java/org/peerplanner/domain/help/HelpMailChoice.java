package org.peerplanner.domain.help;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's choice: a mail per help request, or one daily digest. No row: a mail each time. */
@Entity
@Table(name = "help_mail_choice")
class HelpMailChoice {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    protected HelpMailChoice() {
    }

    HelpMailChoice(long personId, boolean dailyDigest) {
        this.personId = personId;
        this.dailyDigest = dailyDigest;
    }

    void choose(boolean digest) {
        this.dailyDigest = digest;
    }

    boolean isDailyDigest() {
        return dailyDigest;
    }
}
