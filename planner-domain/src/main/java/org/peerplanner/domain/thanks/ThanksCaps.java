package org.peerplanner.domain.thanks;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The caps that keep thanks meaningful, as plain rules. A week is the ISO week (Monday to Sunday) in the giver's own
 * time zone, because that is the week the giver lives in: a Monday morning in Tokyo starts a new week there even
 * while it is still Sunday in Berlin.
 */
public final class ThanksCaps {

    /** Thanks a person may give in one week, to anyone. */
    public static final int PER_WEEK = 5;
    /** Thanks a person may give one teammate in one week. */
    public static final int PER_PERSON_PER_WEEK = 2;

    private ThanksCaps() {
    }

    /** The Monday of the ISO week {@code at} falls in, in the giver's zone. */
    public static LocalDate weekOf(Instant at, ZoneId giverZone) {
        return at.atZone(giverZone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Why one more thank-you this week would break a cap, or empty when it may be given. */
    public static Optional<String> refusal(int givenThisWeek, int givenToThemThisWeek, String receiverName) {
        if (givenThisWeek >= PER_WEEK) {
            return Optional.of(overall());
        }
        if (givenToThemThisWeek >= PER_PERSON_PER_WEEK) {
            return Optional.of(toOnePerson(receiverName));
        }
        return Optional.empty();
    }

    static String overall() {
        return "You have given " + PER_WEEK + " thank-yous this week, the most a week allows, so each one "
                + "stays special. Your text is kept here: send it on Monday, when a new week starts.";
    }

    static String toOnePerson(String receiverName) {
        return "You have thanked " + receiverName + " twice this week already, the most a week allows for one "
                + "person. Your text is kept here: send it next week, or thank someone else.";
    }
}
