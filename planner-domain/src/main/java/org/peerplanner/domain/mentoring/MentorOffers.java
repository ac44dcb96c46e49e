package org.peerplanner.domain.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.CommandValidator;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.people.MentoringPeople;
import org.peerplanner.domain.people.Skill;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** A mentor offers mentoring, says how, stops taking new mentees, or pauses for a while. */
@Service
@Transactional(readOnly = true)
public class MentorOffers {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final MentorOfferRepository offers;
    private final OfferRows rows;
    private final MentoringPeople people;
    private final CommandValidator validator;
    private final Clock clock;

    MentorOffers(MentorOfferRepository offers, OfferRows rows, MentoringPeople people, CommandValidator validator,
                 Clock clock) {
        this.offers = offers;
        this.rows = rows;
        this.people = people;
        this.validator = validator;
        this.clock = clock;
    }

    public MentorOfferView myOffer(Actor actor) {
        var me = people.one(actor.personId());
        var offer = offers.findById(actor.personId()).orElseGet(() -> new MentorOffer(actor.personId()));
        List<String> own = me.skills().stream().map(Skill::name).toList();
        return new MentorOfferView(offer.getVersion(), me.available(),
                me.capacity() == 0 ? MentorOfferForm.DEFAULT_CAPACITY : me.capacity(), offer.getMenteesTaken(),
                offer.getConfidentSkills(), own, offer.getStyle(), offer.getPreferredRhythm(), offer.getPausedUntil(),
                offer.isCharges(), offer.getChargeTerms(), status(me.available(), me.capacity(), offer, today()));
    }

    /** Saves the offer; capacity 1 to 10, confident skills only from the mentor's own skills. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public MentorOfferView offer(Actor actor, long expectedVersion, MentorOfferForm form) {
        validator.check(form);
        var me = people.one(actor.personId());
        for (String skill : form.confidentSkills()) {
            if (me.skill(skill).isEmpty()) {
                throw InvalidInputException.of("confidentSkills",
                        "Choose confident skills from your own skills; add \"" + skill + "\" to your profile first.");
            }
        }
        rows.ensure(actor.personId());
        MentorOffer offer = current(actor, expectedVersion);
        offer.describe(form.confidentSkills().stream().map(s -> me.skill(s).orElseThrow().name()).toList(),
                form.style(), form.preferredRhythm(), form.charges(), form.chargeTerms());
        people.offerMentoring(actor.personId(), form.available(), form.capacity());
        offers.flush();
        return myOffer(actor);
    }

    /** Paused until the day (inclusive): no new requests meanwhile; current mentees carry on. Null ends the pause. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public MentorOfferView pauseUntil(Actor actor, long expectedVersion, LocalDate until) {
        if (until != null && !until.isAfter(today())) {
            throw InvalidInputException.of("pausedUntil", "Pause until a day after today.");
        }
        if (until != null && until.isAfter(today().plusYears(1))) {
            throw InvalidInputException.of("pausedUntil", "Pause for at most a year; you can pause again later.");
        }
        rows.ensure(actor.personId());
        current(actor, expectedVersion).pauseUntil(until);
        offers.flush();
        return myOffer(actor);
    }

    private MentorOffer current(Actor actor, long expectedVersion) {
        MentorOffer offer = offers.findById(actor.personId()).orElseThrow();
        if (offer.getVersion() != expectedVersion) {
            throw new ConflictException("Your mentor offer");
        }
        return offer;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static String status(boolean available, int capacity, MentorOffer offer, LocalDate today) {
        if (!available) {
            return "Not taking new mentees";
        }
        if (offer.pausedOn(today)) {
            return "Paused until " + DAY.format(offer.getPausedUntil());
        }
        int left = Math.max(capacity - offer.getMenteesTaken(), 0);
        return left == 0 ? "Full" : left + " of " + capacity + " places free";
    }
}
