package org.peerplanner.domain.people;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What help routing may know of people, published so the help feature never reaches into the person tables: who
 * has which of some skills at a level, and who is out of office on a day. Two statements whatever the size of the
 * organisation.
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
     * team's members unless {@code teamId} is null. Two statements: the skills' rows, read from the index on
     * (skill_key, proficiency, person_id) (V26: skill_key is the database's own lower case of the skill), then the
     * people with whether they are away on {@code day}.
     */
    public List<Helper> helpers(Collection<String> skillKeys, int minLevel, Collection<Long> alsoIds, Long teamId,
                                LocalDate day) {
        Map<Long, Map<String, Integer>> levels = new LinkedHashMap<>();
        if (!skillKeys.isEmpty()) {
            var query = teamId == null
                    ? entities.createNativeQuery("""
                            select s.person_id, s.skill_key, s.proficiency from person_skill s
                            where s.skill_key in (:keys) and s.proficiency >= :min
                            """, Object[].class)
                    : entities.createNativeQuery("""
                            select s.person_id, s.skill_key, s.proficiency from person_skill s
                            join membership m on m.person_id = s.person_id and m.team_id = :team
                            where s.skill_key in (:keys) and s.proficiency >= :min
                            """, Object[].class).setParameter("team", teamId);
            List<?> rows = query.setParameter("keys", skillKeys).setParameter("min", minLevel).getResultList();
            for (Object row : rows) {
                var r = (Object[]) row;
                levels.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashMap<>())
                        .put((String) r[1], ((Number) r[2]).intValue());
            }
        }
        Set<Long> ids = new HashSet<>(levels.keySet());
        ids.addAll(alsoIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<?> rows = entities.createNativeQuery("""
                        select p.id, p.full_name, p.email,
                            case when exists (select 1 from person_absence a where a.person_id = p.id
                                and a.starts_on <= :day and a.ends_on >= :day) then 1 else 0 end
                        from person p where p.id in (:ids)
                        """, Object[].class)
                .setParameter("ids", ids).setParameter("day", day).getResultList();
        var found = new java.util.ArrayList<Helper>(rows.size());
        for (Object row : rows) {
            var r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            found.add(new Helper(id, (String) r[1], (String) r[2], levels.getOrDefault(id, Map.of()),
                    ((Number) r[3]).intValue() == 1));
        }
        return found;
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
