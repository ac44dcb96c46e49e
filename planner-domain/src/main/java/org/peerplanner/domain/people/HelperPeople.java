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
 * has which of some skills at a level, and who is out of office on a day. Three statements whatever the size of the
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
     * team's members unless {@code teamId} is null.
     */
    public List<Helper> helpers(Collection<String> skillKeys, int minLevel, Collection<Long> alsoIds, Long teamId,
                                LocalDate day) {
        Map<Long, Map<String, Integer>> levels = new LinkedHashMap<>();
        if (!skillKeys.isEmpty()) {
            entities.createQuery("""
                            select p.id, lower(s.name), s.proficiency from Person p join p.skills s
                            where lower(s.name) in :keys and s.proficiency >= :min
                              and (:anyTeam = true or exists (
                                  select 1 from Membership m where m.person = p and m.team.id = :team))
                            """, Object[].class)
                    .setParameter("keys", skillKeys).setParameter("min", minLevel)
                    .setParameter("anyTeam", teamId == null).setParameter("team", teamId == null ? -1L : teamId)
                    .getResultList()
                    .forEach(r -> levels.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                            .put((String) r[1], (Integer) r[2]));
        }
        Set<Long> ids = new HashSet<>(levels.keySet());
        ids.addAll(alsoIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Long> away = new HashSet<>(entities.createQuery("""
                        select distinct p.id from Person p join p.absences a
                        where p.id in :ids and a.startsOn <= :day and a.endsOn >= :day
                        """, Long.class)
                .setParameter("ids", ids).setParameter("day", day).getResultList());
        return entities.createQuery("select p.id, p.fullName, p.email from Person p where p.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .map(r -> new Helper((Long) r[0], (String) r[1], (String) r[2],
                        levels.getOrDefault((Long) r[0], Map.of()), away.contains((Long) r[0])))
                .toList();
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
