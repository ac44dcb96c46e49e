package org.peerplanner.domain.gap;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.type.descriptor.ValueBinder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes what an import commit decided with a few multi-row statements on the transaction's own connection, instead
 * of two or three single-row inserts per row through the entities (their IDENTITY ids keep Hibernate from batching
 * them). It writes exactly the rows {@link KnowledgeGap#log} and {@link KnowledgeGap#addImportedVotes} would: the
 * gap, its "logged" line, a "votes imported" line when the row has votes, and for a merge the votes added to the
 * open gap (its version raised once, checked like Hibernate's optimistic lock) with a "votes imported" line.
 * Instants and dates are bound by Hibernate's own binders, so they are stored as the entities store them.
 *
 * <p>Plain multi-row {@code INSERT … VALUES (…), (…)}: the same SQL for H2 (MySQL mode), MySQL and MariaDB, no
 * driver setting needed (MySQL Connector/J sends a JDBC batch one statement at a time unless the URL says
 * {@code rewriteBatchedStatements=true}). The generated ids come back in row order.
 */
@Component
class GapImportWriter {

    /** Rows per INSERT: 16 parameters each stays far below the 65,535 placeholders a statement may have. */
    static final int ROWS_PER_STATEMENT = 500;

    private static final String GAP_COLUMNS = "insert into knowledge_gap (version, team_id, title, description, source,"
            + " source_reference, urgency, confidential, origin, status, reporter_id, reported_on, imported_votes,"
            + " session_reference, merged_into_id, created_at) values ";
    private static final String GAP_VALUES = "(0, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, null, null, ?)";
    private static final String HISTORY_COLUMNS = "insert into gap_history (gap_id, happened_at, person_id, person_name,"
            + " event_type, from_status, to_status, note, related_gap_id, copied_from_gap_id) values ";
    private static final String HISTORY_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, null, null)";

    /** A new gap from an import row. */
    record NewGap(long teamId, String title, String description, GapSource source, long reporterId,
                  LocalDate reportedOn, int importedVotes) {
    }

    /** A history line, the same fields {@link GapHistoryEntry} has for an import. */
    record HistoryLine(long gapId, GapEvent event, GapStatus from, GapStatus to, String note) {
    }

    /** An open gap receiving imported votes: its version and status as read in this transaction. */
    record MergeTarget(long id, long version, GapStatus status) {
    }

    private final EntityManager entityManager;

    GapImportWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Version and status of the given gaps, as the commit's merge targets. */
    Map<Long, MergeTarget> mergeTargets(Collection<Long> ids) {
        Map<Long, MergeTarget> targets = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return targets;
        }
        entityManager.createQuery("select g.id, g.version, g.status from KnowledgeGap g where g.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> targets.put((Long) r[0], new MergeTarget((Long) r[0], (Long) r[1], (GapStatus) r[2])));
        return targets;
    }

    /** Inserts the gaps (status open, medium urgency, origin imported) and returns their ids in the same order. */
    List<Long> insertGaps(List<NewGap> gaps, Instant now) {
        List<Long> ids = new ArrayList<>(gaps.size());
        work((connection, binder) -> {
            for (int from = 0; from < gaps.size(); from += ROWS_PER_STATEMENT) {
                List<NewGap> part = gaps.subList(from, Math.min(gaps.size(), from + ROWS_PER_STATEMENT));
                try (PreparedStatement insert = connection.prepareStatement(sql(GAP_COLUMNS, GAP_VALUES, part.size()),
                        Statement.RETURN_GENERATED_KEYS)) {
                    int i = 1;
                    for (NewGap g : part) {
                        insert.setLong(i++, g.teamId());
                        insert.setString(i++, g.title());
                        setNullable(insert, i++, g.description());
                        insert.setString(i++, g.source().name());
                        insert.setString(i++, Urgency.MEDIUM.name());
                        insert.setBoolean(i++, false);
                        insert.setString(i++, GapOrigin.IMPORTED.name());
                        insert.setString(i++, GapStatus.OPEN.name());
                        insert.setLong(i++, g.reporterId());
                        binder.bind(insert, i++, g.reportedOn(), LocalDate.class);
                        insert.setInt(i++, g.importedVotes());
                        binder.bind(insert, i++, now, Instant.class);
                    }
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        int read = 0;
                        while (keys.next()) {
                            ids.add(keys.getLong(1));
                            read++;
                        }
                        if (read != part.size()) {
                            throw new IllegalStateException("Expected " + part.size() + " generated ids, got " + read);
                        }
                    }
                }
            }
        });
        return ids;
    }

    /** Appends history lines written by {@code by} at {@code at}, in the order given (their ids follow it). */
    void insertHistory(List<HistoryLine> lines, PersonRef by, Instant at) {
        work((connection, binder) -> {
            for (int from = 0; from < lines.size(); from += ROWS_PER_STATEMENT) {
                List<HistoryLine> part = lines.subList(from, Math.min(lines.size(), from + ROWS_PER_STATEMENT));
                try (PreparedStatement insert = connection.prepareStatement(
                        sql(HISTORY_COLUMNS, HISTORY_VALUES, part.size()))) {
                    int i = 1;
                    for (HistoryLine line : part) {
                        insert.setLong(i++, line.gapId());
                        binder.bind(insert, i++, at, Instant.class);
                        insert.setLong(i++, by.id());
                        insert.setString(i++, by.name());
                        insert.setString(i++, line.event().name());
                        setNullable(insert, i++, line.from() == null ? null : line.from().name());
                        setNullable(insert, i++, line.to() == null ? null : line.to().name());
                        setNullable(insert, i++, line.note());
                    }
                    insert.executeUpdate();
                }
            }
        });
    }

    /**
     * Adds imported votes to open gaps, raising each one's version once, as flushing the entities would; a gap
     * changed by someone else since {@link #mergeTargets} read it fails the commit as an optimistic lock would.
     */
    void addImportedVotes(Map<MergeTarget, Integer> votes) {
        if (votes.isEmpty()) {
            return;
        }
        work((connection, binder) -> {
            try (PreparedStatement update = connection.prepareStatement("update knowledge_gap"
                    + " set imported_votes = imported_votes + ?, version = ? where id = ? and version = ?")) {
                for (Map.Entry<MergeTarget, Integer> e : votes.entrySet()) {
                    update.setInt(1, e.getValue());
                    update.setLong(2, e.getKey().version() + 1);
                    update.setLong(3, e.getKey().id());
                    update.setLong(4, e.getKey().version());
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                List<Long> stale = new ArrayList<>();
                int n = 0;
                for (MergeTarget target : votes.keySet()) {
                    if (counts[n++] == 0) {
                        stale.add(target.id());
                    }
                }
                if (!stale.isEmpty()) {
                    throw new ObjectOptimisticLockingFailureException(KnowledgeGap.class,
                            stale.stream().map(String::valueOf).collect(Collectors.joining(", ")));
                }
            }
        });
    }

    private static String sql(String columns, String values, int rows) {
        StringBuilder sql = new StringBuilder(columns.length() + rows * (values.length() + 2)).append(columns);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(values);
        }
        return sql.toString();
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private interface Work {
        void run(Connection connection, Binder binder) throws SQLException;
    }

    /** Binds values the way Hibernate binds the entities' attributes of the same Java type. */
    private record Binder(SessionImplementor session) {
        <T> void bind(PreparedStatement statement, int index, T value, Class<T> type) throws SQLException {
            ValueBinder<T> binder = session.getFactory().getTypeConfiguration().getBasicTypeForJavaType(type)
                    .getJdbcValueBinder();
            binder.bind(statement, value, index, session);
        }
    }

    /** Runs on the connection of the current transaction, after Hibernate has written what it holds. */
    private void work(Work work) {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        session.flush();
        Binder binder = new Binder(session);
        session.doWork(connection -> work.run(connection, binder));
    }
}
