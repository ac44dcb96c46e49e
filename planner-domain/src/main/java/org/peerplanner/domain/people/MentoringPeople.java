package org.peerplanner.domain.people;

import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.peerplanner.domain.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What peer mentoring may know of people, published so the mentoring feature never reaches into the person tables:
 * the mentoring directory shows opted-in mentors across teams with their name, teams and skills, nothing else of
 * their profile. The "available for mentoring" flag and the capacity stay on {@link Person}, where the profile
 * edits them; this is the one other way to change them.
 */
@Service
@Transactional(readOnly = true)
public class MentoringPeople {

    private final EntityManager entities;

    MentoringPeople(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * One person as mentoring sees them.
     *
     * @param lastSeen their last successful sign-in, or when they joined if they have not signed in since sign-ins
     *                 are recorded
     */
    public record MentoringPerson(long id, String name, String email, ZoneId zone, List<Skill> skills,
                                  boolean available, int capacity, List<String> teams, java.time.Instant lastSeen) {

        public Optional<Skill> skill(String name) {
            return named(skills, name);
        }
    }

    /**
     * Everyone who offers mentoring now; three statements whatever the size of the organisation (people, their
     * skills, their teams), read as plain values: no entity is loaded, so there is no per-person skill batch and
     * nothing for the persistence context to keep.
     */
    public List<MentoringPerson> availableMentors() {
        Map<Long, List<Skill>> skills = new java.util.HashMap<>();
        entities.createQuery("select p.id, s.name, s.proficiency from Person p join p.skills s "
                        + "where p.mentoringAvailable = true", Object[].class).getResultList()
                .forEach(row -> skills.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>())
                        .add(new Skill((String) row[1], (Integer) row[2])));
        Map<Long, TreeSet<String>> teams = new java.util.HashMap<>();
        entities.createQuery("select m.person.id, m.team.name from Membership m where m.person.mentoringAvailable = true",
                        Object[].class).getResultList()
                .forEach(row -> teams.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((String) row[1]));
        return entities.createQuery("""
                        select p.id, p.fullName, p.email, p.timeZone, p.mentoringCapacity, p.createdAt, p.lastSignedInAt
                        from Person p where p.mentoringAvailable = true order by p.fullName""", Object[].class)
                .getResultList().stream().map(row -> {
                    long id = (Long) row[0];
                    var own = skills.getOrDefault(id, List.of()).stream()
                            .sorted(java.util.Comparator.comparing(Skill::key)).toList();
                    return new MentoringPerson(id, (String) row[1], (String) row[2], ZoneId.of((String) row[3]), own,
                            true, (Integer) row[4], List.copyOf(teams.getOrDefault(id, new TreeSet<>())),
                            lastSeen((java.time.Instant) row[5], (java.time.Instant) row[6]));
                }).toList();
    }

    /** What ranking needs of the person asking for suggestions: their zone and their profile skills. */
    public record MenteeToMatch(long id, ZoneId zone, List<Skill> skills) {
    }

    /** The skill with this name among a person's, case-insensitively: names are compared by their key. */
    private static Optional<Skill> named(List<Skill> skills, String name) {
        String key = name.strip().toLowerCase(java.util.Locale.ROOT);
        for (Skill s : skills) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * One person as suggestions see them, in one statement (no entity, no teams): {@link #one} reads the whole
     * person, their skills and their teams in three.
     */
    public MenteeToMatch menteeToMatch(long id) {
        var rows = entities.createQuery("select p.timeZone, s.name, s.proficiency from Person p left join p.skills s"
                + " where p.id = :id", Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("The person");
        }
        List<Skill> skills = rows.stream().filter(row -> row[1] != null)
                .map(row -> new Skill((String) row[1], (Integer) row[2])).toList();
        return new MenteeToMatch(id, ZoneId.of((String) rows.getFirst()[0]), skills);
    }

    private static java.time.Instant lastSeen(java.time.Instant created, java.time.Instant signedIn) {
        return signedIn != null && signedIn.isAfter(created) ? signedIn : created;
    }

    public List<MentoringPerson> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return load(entities.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", ids).getResultList());
    }

    public MentoringPerson one(long id) {
        return find(List.of(id)).stream().findFirst().orElseThrow(() -> new NotFoundException("The person"));
    }

    /** The profile's own switch and capacity, set from the mentor offer screen. */
    @Transactional
    public void offerMentoring(long personId, boolean available, int capacity) {
        Person person = entities.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("The person");
        }
        person.offerMentoring(available, capacity, person.getMentoringTopics());
    }

    private List<MentoringPerson> load(List<Person> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        Map<Long, TreeSet<String>> teams = new LinkedHashMap<>();
        entities.createQuery("select m.person.id, m.team.name from Membership m where m.person.id in :ids", Object[].class)
                .setParameter("ids", people.stream().map(Person::getId).toList())
                .getResultList()
                .forEach(row -> teams.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((String) row[1]));
        return people.stream().map(p -> new MentoringPerson(p.getId(), p.getFullName(), p.getEmail(), p.getTimeZone(),
                p.getSkills(), p.isMentoringAvailable(), p.getMentoringCapacity(),
                List.copyOf(teams.getOrDefault(p.getId(), new TreeSet<>())),
                lastSeen(p.getCreatedAt(), p.getLastSignedInAt().orElse(null)))).toList();
    }
}
