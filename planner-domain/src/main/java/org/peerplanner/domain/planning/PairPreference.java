package org.peerplanner.domain.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** Two people who should never be paired, or a mentor and mentee who always are. Stored smaller id first. */
@Entity
@Table(name = "pair_preference")
@IdClass(PairPreference.Key.class)
public class PairPreference {

    public enum Kind { DO_NOT_PAIR, PINNED }

    public record Key(long teamId, long firstId, long secondId) implements Serializable {
        public Key() {
            this(0, 0, 0);
        }
    }

    @Id
    @Column(name = "team_id")
    private long teamId;

    @Id
    @Column(name = "first_id")
    private long firstId;

    @Id
    @Column(name = "second_id")
    private long secondId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    protected PairPreference() {
    }

    PairPreference(long teamId, long a, long b, Kind kind) {
        this.teamId = teamId;
        this.firstId = Math.min(a, b);
        this.secondId = Math.max(a, b);
        this.kind = kind;
    }

    void change(Kind newKind) {
        this.kind = newKind;
    }

    public long getFirstId() { return firstId; }
    public long getSecondId() { return secondId; }
    public Kind getKind() { return kind; }
}
