package org.peerplanner.domain.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A knowledge-base search of a team that found nothing: the query and how often, never who asked. */
@Entity
@Table(name = "knowledge_search_miss")
class SearchMiss {

    static final int MAX_QUERY = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "query_key", nullable = false, length = MAX_QUERY)
    private String queryKey;

    @Column(name = "query_text", nullable = false, length = MAX_QUERY)
    private String queryText;

    @Column(nullable = false)
    private int misses;

    @Column(name = "first_missed_at", nullable = false)
    private Instant firstMissedAt;

    @Column(name = "last_missed_at", nullable = false)
    private Instant lastMissedAt;

    @Column(name = "gap_id")
    private Long gapId;

    protected SearchMiss() {
    }

    SearchMiss(long teamId, String query, Instant now) {
        this.teamId = teamId;
        this.queryText = oneLine(query);
        this.queryKey = key(query);
        this.misses = 1;
        this.firstMissedAt = now;
        this.lastMissedAt = now;
    }

    /** Lower case, spaces collapsed: "Kafka  Retries" and "kafka retries" are the same question. */
    static String key(String query) {
        return oneLine(query).toLowerCase(Locale.ROOT);
    }

    private static String oneLine(String query) {
        String line = query.strip().replaceAll("\\s+", " ");
        return line.length() > MAX_QUERY ? line.substring(0, MAX_QUERY) : line;
    }

    void loggedAs(long gapId) {
        this.gapId = gapId;
    }

    Long getId() {
        return id;
    }

    long getTeamId() {
        return teamId;
    }

    String getQueryText() {
        return queryText;
    }

    int getMisses() {
        return misses;
    }

    Instant getLastMissedAt() {
        return lastMissedAt;
    }

    Long getGapId() {
        return gapId;
    }
}
