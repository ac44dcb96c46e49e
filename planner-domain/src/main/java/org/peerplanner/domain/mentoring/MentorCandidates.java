package org.peerplanner.domain.mentoring;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.query.NativeQuery;
import org.peerplanner.domain.people.Skill;
import org.springframework.stereotype.Component;

/**
 * The mentors "Suggested for you" may rank for one mentee, in ONE native statement that returns only the rows
 * ranking can use: mentors who offer mentoring with a place left, not paused, not silent, not gone quiet, not the
 * mentee, each with only those confident skills that could name one of the mentee's wishes or gaps.
 * <p>
 * Why one native statement across the people and mentoring tables (like calendar's {@code FeedVersions}): each
 * feature reading its own rows meant about 1,000 mentor rows, 2,500 profile-skill rows and 2,500 offer rows per
 * call at 1,000 mentors, most of them for mentors who cover nothing the mentee asks for; filtering them in the
 * database needs the offer, the person and both skill tables in one statement (ids handed from one statement to
 * the next were slower, see docs/benchmarks.md). It only reads; the profile and the offer stay written by their
 * own features.
 * <p>
 * The skill filter is a superset of {@link MentorMatching#mentions} (a substring test, in the database's own
 * case-insensitive comparison): the whole-word test stays with {@link MentorMatching}, so suggestions are exactly
 * those ranked from every mentor (checked by {@code MentorSuggestionsIT}).
 */
@Component
class MentorCandidates {

    /** Offers mentoring with a place left, not paused today, not silent, seen lately, not the mentee. */
    private static final String MAY_BE_SUGGESTED = """
            p.mentoring_available = true and p.mentoring_capacity > 0 and p.id <> :viewer
              and (o.person_id is null or (o.silent_since is null and o.mentees_taken < p.mentoring_capacity
                   and (o.paused_until is null or o.paused_until < :today)))
              and (p.created_at >= :seenSince or p.last_signed_in_at >= :seenSince
                   or o.last_answered_at >= :seenSince)""";

    private static final String MENTOR_COLUMNS = "p.id as mentor_id, p.full_name as mentor_name, p.time_zone as zone,"
            + " p.mentoring_capacity as capacity, coalesce(o.mentees_taken, 0) as taken,"
            // last seen: joined, signed in or answered a request, whichever came last
            + " greatest(p.created_at, coalesce(p.last_signed_in_at, p.created_at),"
            + " coalesce(o.last_answered_at, p.created_at)) as last_seen";

    /** The confident skills the offer picked, with the profile's skill of the same name for its level. */
    private static final String PICKED = "select " + MENTOR_COLUMNS + ", 1 as picked, os.skill as skill_name,"
            + " ps.skill as profile_name, ps.proficiency as proficiency"
            + " from person p join mentor_offer o on o.person_id = p.id"
            + " join mentor_offer_skill os on os.person_id = p.id"
            + " left join person_skill ps on ps.person_id = p.id and ps.skill_key = lower(trim(os.skill))"
            + " where " + MAY_BE_SUGGESTED + " and (%s)";

    /** Until a mentor picks confident skills, the profile's skills rated 4 or 5 stand for them. */
    private static final String PROFILE = "select " + MENTOR_COLUMNS + ", 0 as picked, ps.skill as skill_name,"
            + " ps.skill as profile_name, ps.proficiency as proficiency"
            + " from person p left join mentor_offer o on o.person_id = p.id"
            + " join person_skill ps on ps.person_id = p.id and ps.proficiency >= 4"
            + " where " + MAY_BE_SUGGESTED
            + " and not exists (select 1 from mentor_offer_skill x where x.person_id = p.id) and (%s)";

    /** Without wishes or gaps every mentor ranks by hours and places alone: no skill is needed. */
    private static final String WITHOUT_SKILLS = "select " + MENTOR_COLUMNS + ", 0 as picked, null as skill_name,"
            + " null as profile_name, null as proficiency"
            + " from person p left join mentor_offer o on o.person_id = p.id where " + MAY_BE_SUGGESTED;

    private final EntityManager entities;

    MentorCandidates(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * The candidates for this mentee, by name, each with the confident skills that may match (in the order
     * {@link MentorDirectory} gives them) at the mentor's own level.
     *
     * @param seenSince mentors last seen (joined, signed in, answered) before this have gone quiet
     */
    List<MentorMatching.Mentor> forMentee(MentorMatching.Mentee mentee, LocalDate today, Instant seenSince) {
        Set<String> words = new LinkedHashSet<>(mentee.wanted());
        List<String> texts = new ArrayList<>(mentee.wanted());
        for (MentorMatching.MenteeGap gap : mentee.gaps()) {
            words.addAll(gap.tags());
            texts.addAll(gap.tags());
            texts.add(gap.title().toLowerCase(Locale.ROOT));
        }
        words.remove("");
        // a skill containing "skill 31" contains "skill 3" too: the longer word adds nothing to the filter
        List<String> needed = words.stream().filter(w -> words.stream()
                .noneMatch(shorter -> shorter.length() < w.length() && w.contains(shorter))).toList();
        boolean wishes = !mentee.wanted().isEmpty() || !mentee.gaps().isEmpty();
        String sql = wishes
                ? PICKED.formatted(nameMatches("lower(os.skill)", needed.size())) + " union all "
                        + PROFILE.formatted(nameMatches("ps.skill_key", needed.size())) + " order by 2, 1"
                : WITHOUT_SKILLS + " order by p.full_name, p.id";
        var query = entities.createNativeQuery(sql, Object[].class)
                .setParameter("viewer", mentee.personId())
                .setParameter("today", today)
                // a second early: the driver may drop fractions of a second, and MentorMatching checks it exactly
                .setParameter("seenSince", seenSince.minusSeconds(1));
        if (wishes) {
            query.setParameter("texts", String.join("\n", texts));
            int i = 0;
            for (String word : needed) {
                query.setParameter("w" + i++, word);
            }
        }
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> typed = query.unwrap(NativeQuery.class);
        typed.addScalar("mentor_id", Long.class).addScalar("mentor_name", String.class).addScalar("zone", String.class)
                .addScalar("capacity", Integer.class).addScalar("taken", Integer.class)
                .addScalar("last_seen", Instant.class).addScalar("picked", Integer.class)
                .addScalar("skill_name", String.class).addScalar("profile_name", String.class)
                .addScalar("proficiency", Integer.class);
        return mentors(typed.getResultList());
    }

    /**
     * The skill's lower-case name contains one of the words, or one of the mentee's texts contains it: what
     * {@link MentorMatching#mentions} needs, in either direction, without the whole-word test.
     */
    private static String nameMatches(String key, int words) {
        StringBuilder sql = new StringBuilder("locate(" + key + ", :texts) > 0");
        for (int i = 0; i < words; i++) {
            sql.append(" or locate(:w").append(i).append(", ").append(key).append(") > 0");
        }
        return sql.toString();
    }

    private static List<MentorMatching.Mentor> mentors(List<Object[]> rows) {
        Map<Long, Row> byId = new LinkedHashMap<>();
        Map<String, ZoneId> zones = new HashMap<>();
        for (Object[] row : rows) {
            Row mentor = byId.computeIfAbsent((Long) row[0], id -> new Row(row, zones));
            if (row[7] != null) {
                mentor.add((String) row[7], (String) row[8], (Integer) row[9]);
            }
        }
        return byId.values().stream().map(Row::mentor).toList();
    }

    /** One mentor's rows gathered: a skill picked on the offer counts at the profile's level of the same name. */
    private static final class Row {
        final long id;
        final String name;
        final ZoneId zone;
        final int capacity;
        final int taken;
        final Instant lastSeen;
        final boolean picked;
        final Map<String, Integer> levels = new LinkedHashMap<>();

        Row(Object[] row, Map<String, ZoneId> zones) {
            id = (Long) row[0];
            name = (String) row[1];
            zone = zones.computeIfAbsent((String) row[2], ZoneId::of);
            capacity = (Integer) row[3];
            taken = (Integer) row[4];
            lastSeen = (Instant) row[5];
            picked = ((Integer) row[6]) == 1;
        }

        /** The database's comparison of names may be wider than Java's: only an equal key gives the level. */
        void add(String skill, String profileName, Integer proficiency) {
            boolean same = profileName != null && new Skill(profileName, Skill.MIN).key()
                    .equals(skill.strip().toLowerCase(Locale.ROOT));
            levels.merge(skill, same ? proficiency : Skill.MIN, Math::max);
        }

        MentorMatching.Mentor mentor() {
            List<String> names = new ArrayList<>(levels.keySet());
            names.sort(picked ? null : java.util.Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)));
            List<MentorMatching.ConfidentSkill> confident = names.stream()
                    .map(n -> new MentorMatching.ConfidentSkill(n, levels.get(n))).toList();
            return new MentorMatching.Mentor(id, name, zone, confident, capacity, taken, false, false, lastSeen);
        }
    }
}
