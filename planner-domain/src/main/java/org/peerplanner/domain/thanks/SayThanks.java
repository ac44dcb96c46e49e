package org.peerplanner.domain.thanks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A thank-you as the giver writes it.
 *
 * @param teamId    the team it is given in; null: the first team giver and receiver share
 * @param subjectId the session, article, ... it is for, when {@code what} has subjects
 * @param about     what the help was, in the giver's words, when {@code what} has no subject
 */
public record SayThanks(
        Long teamId,
        @NotNull(message = "Choose whom to thank.") Long receiverId,
        @NotNull(message = "Choose what you thank them for.") ThanksFor what,
        Long subjectId,
        @Size(max = 120, message = "Say what it was for in at most 120 characters.") String about,
        @NotBlank(message = "Write why you thank them: a sentence is enough.")
        @Size(max = Thanks.MAX_REASON, message = "A reason has at most 280 characters.") String reason) {

    public static SayThanks forSubject(Long teamId, long receiverId, ThanksFor what, long subjectId, String reason) {
        return new SayThanks(teamId, receiverId, what, subjectId, null, reason);
    }

    public static SayThanks forHelp(Long teamId, long receiverId, String about, String reason) {
        return new SayThanks(teamId, receiverId, ThanksFor.HELP, null, about, reason);
    }
}
