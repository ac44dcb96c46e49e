package org.peerplanner.domain.thanks;

import java.util.Optional;
import java.util.Set;
import org.peerplanner.domain.access.Actor;

/**
 * Knows the things of some kinds that people are thanked for, so a thank-you names and links the real thing and
 * never another team's. A feature that adds a kind (help requests: answers) adds one of these beans.
 */
public interface ThanksSubjects {

    Set<ThanksFor> kinds();

    /** The subject as the actor may see it; empty when it does not exist, is hidden from them or does not fit. */
    Optional<Subject> find(Actor actor, ThanksFor what, long subjectId);

    /** @param link the app route of the subject, e.g. "sessions/42" */
    record Subject(long teamId, String title, String link) {
    }
}
