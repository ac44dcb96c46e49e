package org.peerplanner.domain.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapLookup;
import org.peerplanner.domain.mentoring.MentorMatching.Suggestion;
import org.peerplanner.domain.people.MentoringPeople;
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
    private final MentorCandidates candidates;
    private final Clock clock;

    MentorDirectory(MentoringPeople people, MentorOfferRepository offers, MentoringRequestRepository requests,
                    GapLookup gaps, MentorCandidates candidates, Clock clock) {
        this.people = people;
        this.offers = offers;
        this.requests = requests;
        this.gaps = gaps;
        this.candidates = candidates;
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
     * each with its reasons. Three statements whatever the size of the organisation, all of them plain values: the
     * viewer (zone and skills), their open gaps, and the mentors who may be suggested with only the confident skills
     * that could match ({@link MentorCandidates}); {@link MentorMatching} decides the rest as before.
     */
    public List<Suggestion> suggestions(Actor actor, List<String> wanted) {
        var me = people.menteeToMatch(actor.personId());
        Map<String, Integer> levels = me.skills().stream().collect(Collectors.toMap(Skill::key, Skill::proficiency));
        var ownGaps = gaps.openGapsOf(me.id()).stream()
                .map(g -> new MentorMatching.MenteeGap(g.title(), g.tags())).toList();
        var mentee = new MentorMatching.Mentee(me.id(), wanted, levels, me.zone(), ownGaps);
        return MentorMatching.suggest(mentee, candidates(mentee), clock, SUGGESTIONS);
    }

    /** The mentors ranking may suggest to this mentee today, as matching sees them (the mentee not among them). */
    List<MentorMatching.Mentor> candidates(MentorMatching.Mentee mentee) {
        return candidates.forMentee(mentee, LocalDate.now(clock), clock.instant().minus(MentorMatching.QUIET_AFTER));
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
