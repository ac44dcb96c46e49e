package org.peerplanner.domain.mentoring;

import java.time.LocalDate;
import java.util.List;

/** A mentor's own offer, as their offer form and "My mentoring" show it. */
public record MentorOfferView(long version, boolean available, int capacity, int taken, List<String> confidentSkills,
                              List<String> ownSkills, String style, Rhythm preferredRhythm, LocalDate pausedUntil,
                              boolean charges, String chargeTerms, String status) {
}
