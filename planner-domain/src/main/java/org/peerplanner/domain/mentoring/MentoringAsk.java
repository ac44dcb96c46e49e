package org.peerplanner.domain.mentoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** "Will you mentor me?": what the mentee wants to learn, in a few words and a message, and how often. */
public record MentoringAsk(
        long mentorId,
        @NotBlank(message = "Say what you want to learn, e.g. a skill or a knowledge gap.")
        @Size(max = 80, message = "Keep the goal to 80 characters; the message has room for more.") String goal,
        @NotBlank(message = "Write a few lines about what you hope to learn.")
        @Size(max = 1000, message = "A message has at most 1000 characters.") String message,
        @NotNull(message = "Choose how often you would like to meet.") Rhythm rhythm) {
}
