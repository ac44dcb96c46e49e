package org.peerplanner.domain.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Two people (or one trio) who paired on a day: the history the pairing rotation learns from. */
@Entity
@Table(name = "pairing")
public class Pairing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "paired_on", nullable = false)
    private LocalDate pairedOn;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "first_id", nullable = false)
    private long firstId;

    @Column(name = "second_id", nullable = false)
    private long secondId;

    @Column(name = "third_id")
    private Long thirdId;

    protected Pairing() {
    }

    Pairing(long teamId, LocalDate pairedOn, Long sessionId, List<Long> people) {
        if (people.size() < 2 || people.size() > 3) {
            throw new IllegalArgumentException("A pairing has two or three people");
        }
        this.teamId = teamId;
        this.pairedOn = pairedOn;
        this.sessionId = sessionId;
        this.firstId = people.get(0);
        this.secondId = people.get(1);
        this.thirdId = people.size() == 3 ? people.get(2) : null;
    }

    public LocalDate getPairedOn() { return pairedOn; }

    public List<Long> people() {
        var all = new ArrayList<>(List.of(firstId, secondId));
        if (thirdId != null) {
            all.add(thirdId);
        }
        return all;
    }
}
