package org.peerplanner.domain.mentoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A mentor's offer as they edit it. "Available" off means "not taking new mentees": current mentees stay.
 *
 * @param confidentSkills names of skills from their own profile they feel confident to mentor in
 */
public record MentorOfferForm(
        boolean available,
        @Min(value = 1, message = "Take 1 to 10 mentees at a time.")
        @Max(value = 10, message = "Take 1 to 10 mentees at a time.") int capacity,
        List<String> confidentSkills,
        @Size(max = 1000, message = "Keep \"how I like to mentor\" to 1000 characters.") String style,
        Rhythm preferredRhythm,
        boolean charges,
        @Size(max = 500, message = "Keep the terms to 500 characters.") String chargeTerms) {

    public MentorOfferForm {
        confidentSkills = confidentSkills == null ? List.of() : List.copyOf(confidentSkills);
    }

    /** The default for someone who has not offered yet: two places. */
    public static final int DEFAULT_CAPACITY = 2;
}
