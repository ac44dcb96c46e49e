package org.peerplanner.domain.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerplanner.domain.mentoring.MentoringWorld.ask;
import static org.peerplanner.domain.mentoring.MentoringWorld.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MentorMatching.Suggestion;
import org.peerplanner.domain.people.MentoringPeople;
import org.peerplanner.domain.people.MentoringPeople.MentoringPerson;
import org.peerplanner.domain.people.SignInService;
import org.peerplanner.domain.people.Skill;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Suggestions read their mentors as plain values with the database leaving out who cannot be suggested; the
 * ranking must be exactly what it was when every mentor and every offer entity was loaded. Compared on the real
 * database against that former way (kept here as the reference), over every kind of mentor: offer skills, profile
 * skills standing in, offer skills missing from the profile, paused, silent, full, gone quiet, back by an answer or
 * a sign-in, no places, the viewer themselves.
 */
@SpringBootTest
@UsePlannerTestDatabase
class MentorSuggestionsIT {

    @Autowired
    MentoringWorld world;
    @Autowired
    MentorDirectory directory;
    @Autowired
    MentoringPeople people;
    @Autowired
    MentorOfferRepository offerRows;
    @Autowired
    MentorOffers offers;
    @Autowired
    MentoringRequests requests;
    @Autowired
    SignInService signIns;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @AfterEach
    void backToTheStart() {
        clock.reset();
    }

    @Test
    void rankingIsTheSameAsWhenEveryOfferWasLoaded() {
        String k = DomainFixtures.unique("Zq").replaceAll("[^A-Za-z0-9]", "").toLowerCase();
        String kafka = "Kafka" + k;
        String sql = "Sql" + k;
        String go = "Go" + k;
        long team = world.team("Suggestions " + k);
        // Mentors who will have gone quiet: joined 40 days ago, then nothing ...
        Actor quiet = world.mentor(team, "Quiet " + k, 2, kafka);
        Actor backByAnswer = world.mentor(team, "Answered " + k, 2, kafka);
        Actor backBySignIn = world.mentor(team, "Signed in " + k, 2, kafka, sql);
        Actor pauseOver = world.mentor(team, "Pause over " + k, 2, kafka);
        offers.pauseUntil(pauseOver, offers.myOffer(pauseOver).version(), LocalDate.now(clock).plusDays(3));
        clock.advance(Duration.ofDays(40));
        // ... except for an answer to a request and a sign-in.
        transactions.executeWithoutResult(s -> offerRows.markHeard(backByAnswer.personId(), clock.instant()));
        signIns.recordSignIn(backBySignIn.personId());
        signIns.recordSignIn(pauseOver.personId());

        Actor plain = world.mentor(team, "Anna " + k, 3, kafka, sql);
        Actor sameName = world.mentor(team, "Anna " + k, 1, kafka);
        Actor lower = world.mentor(team, "Bo " + k, 2, kafka.toLowerCase(), go);
        Actor paused = world.mentor(team, "Paused " + k, 2, kafka);
        offers.pauseUntil(paused, offers.myOffer(paused).version(), LocalDate.now(clock).plusDays(3));
        Actor silent = world.mentor(team, "Silent " + k, 2, kafka);
        transactions.executeWithoutResult(s -> offerRows.markSilent(silent.personId(), clock.instant()));
        Actor full = world.mentor(team, "Full " + k, 1, kafka);
        Actor almostFull = world.mentor(team, "Almost full " + k, 2, kafka);
        // A mentor with no offer row: the profile's skills rated 4 or 5 stand for the confident ones.
        Actor profileOnly = world.person(team, "Profile only " + k, ZoneId.of("Asia/Tokyo"),
                new Skill(kafka, 5), new Skill(sql, 3), new Skill(go, 4));
        people.offerMentoring(profileOnly.personId(), true, 2);
        // Confident in a skill the profile no longer lists (counted at level 1), in another zone: the offer screen
        // only takes profile skills, so the row is written as a later profile edit would leave it.
        Actor offerOnlySkill = world.person(team, "Offer only " + k, ZoneId.of("America/New_York"),
                new Skill(sql, 5));
        offers.offer(offerOnlySkill, offers.myOffer(offerOnlySkill).version(), new MentorOfferForm(true, 2,
                List.of(sql), null, Rhythm.WEEKLY, false, null));
        jdbc.update("insert into mentor_offer_skill (person_id, skill) values (?, ?)", offerOnlySkill.personId(),
                kafka + " Streams");
        Actor noLonger = world.mentor(team, "No longer " + k, 2, kafka);
        offers.offer(noLonger, offers.myOffer(noLonger).version(), new MentorOfferForm(false, 2, List.of(kafka),
                null, Rhythm.WEEKLY, false, null));

        Actor mentee = world.mentee(team, "Mentee " + k);
        Actor otherMentee = world.mentee(team, "Other mentee " + k);
        requests.accept(full, requests.ask(mentee, ask(full, kafka)), plan(LocalDate.now(clock).plusDays(1)));
        requests.accept(almostFull, requests.ask(otherMentee, ask(almostFull, kafka)),
                plan(LocalDate.now(clock).plusDays(1)));
        // The viewer offers mentoring too: never suggested to themselves.
        Actor selfMentor = world.mentor(team, "Self " + k, 2, kafka);

        // Gaps match by tag (either way round) or by a title naming the skill: the database's filter must keep
        // every mentor those could cover, and "kafka" must not count as "kafka streams" by itself.
        List<List<MentorMatching.MenteeGap>> gapSets = List.of(List.of(),
                List.of(new MentorMatching.MenteeGap("Our " + sql + " reports are slow", List.of())),
                List.of(new MentorMatching.MenteeGap("Builds", List.of(go.toUpperCase())),
                        new MentorMatching.MenteeGap("Lag", List.of(kafka + " streams consumers"))),
                List.of(new MentorMatching.MenteeGap("Nothing anyone knows", List.of("cobol" + k))));
        for (Actor viewer : List.of(mentee, selfMentor, plain)) {
            for (List<String> wanted : List.of(List.of(kafka), List.of(kafka + " in production", sql),
                    List.of(go.toUpperCase()), List.of(kafka + " streams"), List.<String>of())) {
                for (var gaps : gapSets) {
                    var asking = mentee(viewer, wanted, gaps);
                    assertThat(ranking(directory.candidates(asking), asking))
                            .as("%s wants %s, gaps %s", viewer, wanted, gaps)
                            .isEqualTo(ranking(formerCandidates(), asking));
                }
                assertThat(directory.suggestions(viewer, wanted)).as("%s wants %s", viewer, wanted)
                        .isEqualTo(formerSuggestions(viewer, wanted));
            }
        }

        // The data does hold every case: who may be suggested for the Kafka of this test, and who not.
        var forKafka = ranking(directory.candidates(mentee(mentee, List.of(kafka), List.of())),
                mentee(mentee, List.of(kafka), List.of())).stream().map(Suggestion::mentorId).toList();
        assertThat(forKafka).contains(backByAnswer.personId(), backBySignIn.personId(), plain.personId(),
                        sameName.personId(), lower.personId(), pauseOver.personId(), almostFull.personId(),
                        profileOnly.personId(), offerOnlySkill.personId(), selfMentor.personId())
                .doesNotContain(quiet.personId(), paused.personId(), silent.personId(), full.personId(),
                        noLonger.personId(), mentee.personId());
    }

    private List<Suggestion> ranking(List<MentorMatching.Mentor> candidates, MentorMatching.Mentee mentee) {
        return MentorMatching.suggest(mentee, candidates, clock, 100_000);
    }

    private List<Suggestion> formerSuggestions(Actor viewer, List<String> wanted) {
        return MentorMatching.suggest(mentee(viewer, wanted, List.of()), formerCandidates(), clock,
                MentorDirectory.SUGGESTIONS);
    }

    private MentorMatching.Mentee mentee(Actor viewer, List<String> wanted, List<MentorMatching.MenteeGap> gaps) {
        MentoringPerson me = people.one(viewer.personId());
        Map<String, Integer> levels = me.skills().stream().collect(Collectors.toMap(Skill::key, Skill::proficiency));
        return new MentorMatching.Mentee(me.id(), wanted, levels, me.zone(), gaps);
    }

    /** How suggestions read their mentors before: every available person and every offer entity, all of them. */
    private List<MentorMatching.Mentor> formerCandidates() {
        return transactions.execute(s -> {
            LocalDate today = LocalDate.now(clock);
            Map<Long, MentorOffer> offerOf = offerRows.findAllWithSkills().stream()
                    .collect(Collectors.toMap(MentorOffer::getPersonId, Function.identity()));
            return people.availableMentors().stream().map(m -> formerCandidate(m, offerOf.get(m.id()), today))
                    .toList();
        });
    }

    private static MentorMatching.Mentor formerCandidate(MentoringPerson mentor, MentorOffer offer, LocalDate today) {
        List<String> names = offer != null && !offer.getConfidentSkills().isEmpty() ? offer.getConfidentSkills()
                : mentor.skills().stream().filter(s -> s.proficiency() >= 4).map(Skill::name).toList();
        var skills = names.stream().map(n -> new MentorMatching.ConfidentSkill(n,
                mentor.skill(n).map(Skill::proficiency).orElse(Skill.MIN))).toList();
        Instant answered = offer == null ? null : offer.getLastAnsweredAt();
        Instant lastSeen = answered != null && answered.isAfter(mentor.lastSeen()) ? answered : mentor.lastSeen();
        return new MentorMatching.Mentor(mentor.id(), mentor.name(), mentor.zone(), skills, mentor.capacity(),
                offer == null ? 0 : offer.getMenteesTaken(), offer != null && offer.pausedOn(today),
                offer != null && offer.getSilentSince() != null, lastSeen);
    }
}
