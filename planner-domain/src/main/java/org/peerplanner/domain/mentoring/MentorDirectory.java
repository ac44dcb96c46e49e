package org.peerplanner.domain.mentoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapLookup;
import org.peerplanner.domain.mentoring.MentorMatching.Suggestion;
import org.peerplanner.domain.people.MentoringPeople;
import org.peerplanner.domain.people.MentoringPeople.MentorToMatch;
import org.peerplanner.domain.people.MentoringPeople.MentoringPerson;
import org.peerplanner.domain.people.Skill;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentors anyone may ask, across teams: only people who opted in, and only what they chose to show. A fixed
 * handful of statements whatever the size of the organisation.
 */
@Service
@Transactional(readOnly = true)
public class MentorDirectory {

    static final int SUGGESTIONS = 5;

    private final MentoringPeople people;
    private final MentorOfferRepository offers;
    private final MentoringRequestRepository requests;
    private final GapLookup gaps;
    private final Clock clock;

    MentorDirectory(MentoringPeople people, MentorOfferRepository offers, MentoringRequestRepository requests,
                    GapLookup gaps, Clock clock) {
        this.people = people;
        this.offers = offers;
        this.requests = requests;
        this.gaps = gaps;
        this.clock = clock;
    }

    public List<MentorCard> mentors(Actor actor, DirectoryFilter filter) {
        var me = people.one(actor.personId());
        var mentors = people.availableMentors();
        var offerOf = offersOf();
        Set<Long> alreadyAsked = openRequestMentors(actor);
        LocalDate today = LocalDate.now(clock);
        String skill = filter.skill() == null ? "" : filter.skill().strip().toLowerCase(Locale.ROOT);
        return mentors.stream()
                .map(m -> card(m, offerOf.getOrDefault(m.id(), new MentorOffer(m.id())), me, alreadyAsked, today))
                .filter(c -> skill.isEmpty() || c.confidentSkills().stream()
                        .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(skill)))
                .filter(c -> !filter.withPlaces() || (c.placesLeft() > 0 && !c.status().startsWith("Paused")))
                .filter(c -> !filter.freeOnly() || !c.charges())
                .filter(c -> !filter.sharedHours() || c.overlapHours() > 0)
                .toList();
    }

    /**
     * Up to five mentors for what the viewer wants to learn and the open gaps they raised or voted for, best first,
     * each with its reasons. A fixed handful of statements whatever the size of the organisation, all of them plain
     * values: the mentors with a place on their profile (two), what their offers say (one), the viewer (person,
     * skills, teams) and their open gaps. Mentors who cannot be suggested today (paused, silent, full, gone quiet)
     * are left out before anything is built for them; {@link MentorMatching} decides the rest as before.
     */
    public List<Suggestion> suggestions(Actor actor, List<String> wanted) {
        var me = people.one(actor.personId());
        var candidates = candidates(me.id());
        Map<String, Integer> levels = me.skills().stream().collect(Collectors.toMap(Skill::key, Skill::proficiency));
        var ownGaps = gaps.openGapsOf(me.id()).stream()
                .map(g -> new MentorMatching.MenteeGap(g.title(), g.tags())).toList();
        return MentorMatching.suggest(new MentorMatching.Mentee(me.id(), wanted, levels, me.zone(), ownGaps),
                candidates, clock, SUGGESTIONS);
    }

    /** The mentors ranking may suggest to this viewer today, as matching sees them (the viewer not among them). */
    List<MentorMatching.Mentor> candidates(long viewerId) {
        LocalDate today = LocalDate.now(clock);
        Instant quietBefore = clock.instant().minus(MentorMatching.QUIET_AFTER);
        Map<Long, OfferFacts> offerOf = offerFacts(today);
        List<MentorMatching.Mentor> candidates = new ArrayList<>();
        for (MentorToMatch mentor : people.mentorsToMatch(viewerId)) {
            OfferFacts offer = offerOf.get(mentor.id());
            int taken = offer == null ? 0 : offer.taken;
            Instant lastSeen = offer == null || offer.answeredAt == null || !offer.answeredAt.isAfter(mentor.lastSeen())
                    ? mentor.lastSeen() : offer.answeredAt;
            if (offer != null && offer.out || mentor.capacity() - taken <= 0
                    || lastSeen != null && lastSeen.isBefore(quietBefore)) {
                continue; // what MentorMatching leaves out anyway: paused, silent, full, gone quiet
            }
            candidates.add(new MentorMatching.Mentor(mentor.id(), mentor.name(), mentor.zone(),
                    confident(mentor, offer), mentor.capacity(), taken, false, false, lastSeen));
        }
        return candidates;
    }

    /** An offer as suggestions see it; {@code out} when paused on the day or silent. */
    private static final class OfferFacts {
        int taken;
        Instant answeredAt;
        boolean out;
        final TreeSet<String> skills = new TreeSet<>();
    }

    private Map<Long, OfferFacts> offerFacts(LocalDate today) {
        Map<Long, OfferFacts> byPerson = new HashMap<>();
        for (Object[] row : offers.findMatchingFacts()) {
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

    /** The confident skills (as {@link #confident(Collection, List)} picks them) at the mentor's own level. */
    private static List<MentorMatching.ConfidentSkill> confident(MentorToMatch mentor, OfferFacts offer) {
        List<MentorMatching.ConfidentSkill> skills = new ArrayList<>();
        for (String name : confident(offer == null ? null : offer.skills, mentor.skills())) {
            skills.add(new MentorMatching.ConfidentSkill(name,
                    mentor.skill(name).map(Skill::proficiency).orElse(Skill.MIN)));
        }
        return skills;
    }

    /** All offers (a few of people no longer available among them): one statement, whatever the count. */
    private Map<Long, MentorOffer> offersOf() {
        return offers.findAllWithSkills().stream()
                .collect(Collectors.toMap(MentorOffer::getPersonId, Function.identity()));
    }

    private Set<Long> openRequestMentors(Actor actor) {
        Set<Long> ids = new HashSet<>();
        requests.findByMenteeIdOrderByCreatedAtDesc(actor.personId()).stream()
                .filter(r -> r.getStatus().open()).forEach(r -> ids.add(r.getMentorId()));
        return ids;
    }

    private static MentorCard card(MentoringPerson mentor, MentorOffer offer, MentoringPerson viewer,
                                   Set<Long> alreadyAsked, LocalDate today) {
        int left = Math.max(mentor.capacity() - offer.getMenteesTaken(), 0);
        boolean paused = offer.pausedOn(today);
        boolean mayAsk = mentor.id() != viewer.id() && left > 0 && !paused && !alreadyAsked.contains(mentor.id());
        return new MentorCard(mentor.id(), mentor.name(), mentor.teams(), confident(mentor, offer), offer.getStyle(),
                offer.getPreferredRhythm(), left, mentor.capacity(), offer.isCharges(), offer.getChargeTerms(),
                MentorOffers.status(true, mentor.capacity(), offer, today), mayAsk,
                MentorMatching.overlapHours(viewer.zone(), mentor.zone(), today));
    }

    private static List<String> confident(MentoringPerson mentor, MentorOffer offer) {
        return confident(offer == null ? null : offer.getConfidentSkills(), mentor.skills());
    }

    /** Until a mentor picks their confident skills, the ones they rate 4 or 5 on their profile stand for them. */
    private static List<String> confident(Collection<String> picked, List<Skill> profile) {
        if (picked != null && !picked.isEmpty()) {
            return List.copyOf(picked);
        }
        return profile.stream().filter(s -> s.proficiency() >= 4).map(Skill::name).toList();
    }
}
