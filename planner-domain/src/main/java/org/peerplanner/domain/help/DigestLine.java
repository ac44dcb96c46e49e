package org.peerplanner.domain.help;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line waiting for a person's daily digest mail. */
@Entity
@Table(name = "help_digest_line")
class DigestLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 400)
    private String line;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected DigestLine() {
    }

    DigestLine(long personId, String line, Instant createdAt) {
        this.personId = personId;
        this.line = line.length() > 400 ? line.substring(0, 399) + "…" : line;
        this.createdAt = createdAt;
    }

    void sent(Instant now) {
        this.sentAt = now;
    }

    long getPersonId() {
        return personId;
    }

    String getLine() {
        return line;
    }
}
