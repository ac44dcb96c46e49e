package org.peerplanner.domain.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The short form after a held session: how useful it was, and one line on what the person will use. */
public record FeedbackAnswer(
        @NotNull(message = "Choose how useful the session was, from 1 to 5.")
        @Min(value = 1, message = "Choose how useful the session was, from 1 to 5.")
        @Max(value = 5, message = "Choose how useful the session was, from 1 to 5.") Integer usefulness,
        @Size(max = 200, message = "Keep it to one line of at most 200 characters.") String willUse) {
}
