package org.peerplanner.domain.gap;

import java.time.Instant;
import java.time.LocalDate;

/** Gaps built without Spring or a database, for unit tests. */
final class TestGaps {

    static final long TEAM = 7;
    static final PersonRef MANAGER = new PersonRef(1, "Maria Manager");
    static final PersonRef ADA = new PersonRef(2, "Ada");
    static final PersonRef BOB = new PersonRef(3, "Bob");
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private TestGaps() {
    }

    static KnowledgeGap gap(long id, String title) {
        return withId(KnowledgeGap.log(TEAM, GapDraft.of(title, GapSource.RETROSPECTIVE, Urgency.MEDIUM),
                GapOrigin.LOGGED, ADA.id(), DAY, MANAGER, T0, null), id);
    }

    static KnowledgeGap gap(long id) {
        return gap(id, "Kafka consumer groups");
    }

    /** The database assigns ids; a unit test needs them for the "#12" in merge history. */
    static KnowledgeGap withId(KnowledgeGap gap, long id) {
        try {
            var field = KnowledgeGap.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(gap, id);
            return gap;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant later(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }
}
