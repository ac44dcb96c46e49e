package org.peerplanner.domain.session;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Held sessions whose title or takeaways mention some words: "this was covered already", suggested while someone
 * asks for help. The caller passes only teams the viewer may see.
 */
@Service
@Transactional(readOnly = true)
public class PastSessionSearch {

    private final EntityManager entities;

    PastSessionSearch(EntityManager entities) {
        this.entities = entities;
    }

    public record PastSession(long id, long teamId, String title, Instant startsAt) {
    }

    /** Held sessions mentioning any of the words (three letters or more), latest first. */
    public List<PastSession> mentioning(Collection<Long> teamIds, Collection<String> words, int limit) {
        var useful = words.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> w.length() >= 3)
                .distinct().limit(6).toList();
        if (teamIds.isEmpty() || useful.isEmpty()) {
            return List.of();
        }
        var where = new StringBuilder();
        for (int i = 0; i < useful.size(); i++) {
            where.append(i == 0 ? "" : " or ").append("lower(s.title) like :w").append(i)
                    .append(" or lower(coalesce(s.takeaways, '')) like :w").append(i);
        }
        var query = entities.createQuery("select s.id, s.teamId, s.title, s.startsAt"
                        + " from LearningSession s where s.teamId in :teams"
                        + " and s.status = org.peerplanner.domain.session.SessionStatus.HELD and (" + where
                        + ") order by s.startsAt desc", Object[].class)
                .setParameter("teams", teamIds).setMaxResults(limit);
        for (int i = 0; i < useful.size(); i++) {
            query.setParameter("w" + i, "%" + useful.get(i).replace("%", "").replace("_", "") + "%");
        }
        return query.getResultList().stream()
                .map(r -> new PastSession((Long) r[0], (Long) r[1], (String) r[2], (Instant) r[3])).toList();
    }
}
