package org.peerplanner.bench.mentoring;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.peerplanner.domain.gap.GapLookup;
import org.peerplanner.domain.mentoring.MentorMatching;
import org.peerplanner.domain.mentoring.MentorMatching.Suggestion;
import org.peerplanner.domain.people.MentoringPeople;
import org.peerplanner.domain.people.Skill;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Suggested for you" read the way it was until 2026-12-01 evening (commit a7373f9), kept here so the benchmark can
 * time the former and the current reading alternately in one JVM, under the same load: the mentee as a
 * {@code Person} entity with skills and teams, their gaps, every mentor with a place and all their profile skills,
 * every offer with all its skills (seven statements), then the same {@link MentorMatching}.
 */
final class FormerSuggestions {

    private final MentoringPeople people;
    private final GapLookup gaps;
    private final EntityManager entities;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    FormerSuggestions(ConfigurableApplicationContext context) {
        this.people = context.getBean(MentoringPeople.class);
        this.gaps = context.getBean(GapLookup.class);
        this.entities = context.getBean(EntityManager.class);
        this.clock = context.getBean(Clock.class);
        this.readOnly = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.readOnly.setReadOnly(true);
    }

    List<Suggestion> suggestions(long menteeId, List<String> wanted) {
        return readOnly.execute(status -> {
            var me = people.one(menteeId);
            var candidates = candidates(me.id());
            Map<String, Integer> levels = me.skills().stream()
                    .collect(Collectors.toMap(Skill::key, Skill::proficiency));
            var ownGaps = gaps.openGapsOf(me.id()).stream()
                    .map(g -> new MentorMatching.MenteeGap(g.title(), g.tags())).toList();
            return MentorMatching.suggest(new MentorMatching.Mentee(me.id(), wanted, levels, me.zone(), ownGaps),
                    candidates, clock, 5);
        });
    }

    private record MentorRow(long id, String name, ZoneId zone, int capacity, Instant lastSeen, List<Skill> skills) {
    }

    private static final class OfferFacts {
        int taken;
        Instant answeredAt;
        boolean out;
        final TreeSet<String> skills = new TreeSet<>();
    }

    private List<MentorMatching.Mentor> candidates(long viewerId) {
        LocalDate today = LocalDate.now(clock);
        Instant quietBefore = clock.instant().minus(MentorMatching.QUIET_AFTER);
        Map<Long, OfferFacts> offerOf = offerFacts(today);
        List<MentorMatching.Mentor> candidates = new ArrayList<>();
        for (MentorRow mentor : mentorsToMatch(viewerId)) {
            OfferFacts offer = offerOf.get(mentor.id());
            int taken = offer == null ? 0 : offer.taken;
            Instant lastSeen = offer == null || offer.answeredAt == null || !offer.answeredAt.isAfter(mentor.lastSeen())
                    ? mentor.lastSeen() : offer.answeredAt;
            if (offer != null && offer.out || mentor.capacity() - taken <= 0
                    || lastSeen != null && lastSeen.isBefore(quietBefore)) {
                continue;
            }
            candidates.add(new MentorMatching.Mentor(mentor.id(), mentor.name(), mentor.zone(),
                    confident(mentor, offer), mentor.capacity(), taken, false, false, lastSeen));
        }
        return candidates;
    }

    private Map<Long, OfferFacts> offerFacts(LocalDate today) {
        Map<Long, OfferFacts> byPerson = new HashMap<>();
        for (Object[] row : entities.createQuery("select o.personId, o.menteesTaken, o.lastAnsweredAt, o.silentSince,"
                + " o.pausedUntil, s from MentorOffer o left join o.confidentSkills s", Object[].class).getResultList()) {
            OfferFacts facts = byPerson.get((Long) row[0]);
            if (facts == null) {
                facts = new OfferFacts();
                facts.taken = (Integer) row[1];
                facts.answeredAt = (Instant) row[2];
                LocalDate pausedUntil = (LocalDate) row[4];
                facts.out = row[3] != null || pausedUntil != null && !today.isAfter(pausedUntil);
                byPerson.put((Long) row[0], facts);
            }
            if (row[5] != null) {
                facts.skills.add((String) row[5]);
            }
        }
        return byPerson;
    }

    private List<MentorRow> mentorsToMatch(long exceptPersonId) {
        Map<Long, List<Skill>> skills = new HashMap<>();
        entities.createQuery("select p.id, s.name, s.proficiency from Person p join p.skills s "
                        + "where p.mentoringAvailable = true and p.mentoringCapacity > 0 and p.id <> :except",
                        Object[].class)
                .setParameter("except", exceptPersonId).getResultList()
                .forEach(row -> skills.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(new Skill((String) row[1], (Integer) row[2])));
        Map<String, ZoneId> zones = new HashMap<>();
        return entities.createQuery("""
                        select p.id, p.fullName, p.timeZone, p.mentoringCapacity, p.createdAt, p.lastSignedInAt
                        from Person p where p.mentoringAvailable = true and p.mentoringCapacity > 0 and p.id <> :except
                        order by p.fullName""", Object[].class)
                .setParameter("except", exceptPersonId).getResultList().stream().map(row -> {
                    long id = (Long) row[0];
                    List<Skill> own = skills.getOrDefault(id, List.of());
                    if (own.size() > 1) {
                        own.sort(Comparator.comparing(Skill::key));
                    }
                    Instant created = (Instant) row[4];
                    Instant signedIn = (Instant) row[5];
                    return new MentorRow(id, (String) row[1], zones.computeIfAbsent((String) row[2], ZoneId::of),
                            (Integer) row[3], signedIn != null && signedIn.isAfter(created) ? signedIn : created,
                            List.copyOf(own));
                }).toList();
    }

    private static List<MentorMatching.ConfidentSkill> confident(MentorRow mentor, OfferFacts offer) {
        List<String> names = offer != null && !offer.skills.isEmpty() ? List.copyOf(offer.skills)
                : mentor.skills().stream().filter(s -> s.proficiency() >= 4).map(Skill::name).toList();
        List<MentorMatching.ConfidentSkill> skills = new ArrayList<>();
        for (String name : names) {
            String key = name.strip().toLowerCase(java.util.Locale.ROOT);
            int level = mentor.skills().stream().filter(s -> s.key().equals(key)).map(Skill::proficiency)
                    .findFirst().orElse(Skill.MIN);
            skills.add(new MentorMatching.ConfidentSkill(name, level));
        }
        return skills;
    }
}
