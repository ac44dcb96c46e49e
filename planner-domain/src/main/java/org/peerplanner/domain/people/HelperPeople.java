package org.peerplanner.domain.people;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What help routing may know of people, published so the help feature never reaches into the person tables: who
 * has which of some skills at a level, and who is out of office on a day. One statement (two when offers to teach
 * add people without the skills) whatever the size of the organisation.
 */
@Service
@Transactional(readOnly = true)
public class HelperPeople {

    private final EntityManager entities;

    HelperPeople(EntityManager entities) {
        this.entities = entities;
    }

    /** A person as routing sees them: their levels in the asked skills (lower case) and whether they are away. */
    public record Helper(long id, String name, String email, Map<String, Integer> levels, boolean outOfOffice) {
    }

    /**
     * People with one of the skills (lower case) at {@code minLevel} or more, plus {@code alsoIds}, restricted to one
     * team's members unless {@code teamId} is null. One statement reads the skills' rows from the index on
     * (skill_key, proficiency, person_id) (V26: skill_key is the database's own lower case of the skill) with each
     * person's name, address and whether they are away on {@code day}; a second one only for {@code alsoIds} it did
     * not find.
     */
    public List<Helper> helpers(Collection<String> skillKeys, int minLevel, Collection<Long> alsoIds, Long teamId,
                                LocalDate day) {
        Map<Long, Helper> found = new LinkedHashMap<>();
        if (!skillKeys.isEmpty()) {
            var query = entities.createNativeQuery("select s.person_id, p.full_name, p.email, " + AWAY
                    + ", s.skill_key, s.proficiency from person_skill s join person p on p.id = s.person_id "
                    + (teamId == null ? "" : "join membership m on m.person_id = s.person_id and m.team_id = :team ")
                    + "where s.skill_key in (:keys) and s.proficiency >= :min", Object[].class);
            if (teamId != null) {
                query.setParameter("team", teamId);
            }
            List<?> rows = query.setParameter("keys", skillKeys).setParameter("min", minLevel)
                    .setParameter("day", day).getResultList();
            for (Object row : rows) {
                var r = (Object[]) row;
                found.computeIfAbsent(((Number) r[0]).longValue(), id -> helper(r, new HashMap<>()))
                        .levels().put((String) r[4], ((Number) r[5]).intValue());
            }
        }
        var missing = alsoIds.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            List<?> rows = entities.createNativeQuery("select p.id, p.full_name, p.email, " + AWAY
                            + " from person p where p.id in (:ids)", Object[].class)
                    .setParameter("ids", missing).setParameter("day", day).getResultList();
            rows.forEach(row -> {
                var r = (Object[]) row;
                found.put(((Number) r[0]).longValue(), helper(r, Map.of()));
            });
        }
        return List.copyOf(found.values());
    }

    private static final String AWAY = "case when exists (select 1 from person_absence a where a.person_id = p.id "
            + "and a.starts_on <= :day and a.ends_on >= :day) then 1 else 0 end";

    private static Helper helper(Object[] r, Map<String, Integer> levels) {
        return new Helper(((Number) r[0]).longValue(), (String) r[1], (String) r[2], levels,
                ((Number) r[3]).intValue() == 1);
    }

    /** Names and addresses of some people, for telling them something. */
    public Map<Long, Helper> contacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var byId = new HashMap<Long, Helper>();
        entities.createQuery("select p.id, p.fullName, p.email from Person p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> byId.put((Long) r[0], new Helper((Long) r[0], (String) r[1], (String) r[2], Map.of(), false)));
        return byId;
    }
}
