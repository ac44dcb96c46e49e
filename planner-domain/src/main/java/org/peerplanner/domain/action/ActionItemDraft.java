package org.peerplanner.domain.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What someone writes down for an item; a missing due date means "by the team's next session". */
public record ActionItemDraft(
        @NotBlank(message = "Describe the action item.")
        @Size(max = 500, message = "An action item has at most 500 characters.") String description,
        @NotNull(message = "Choose who owns it.") Long ownerId,
        LocalDate dueOn) {

    public ActionItemDraft {
        description = description == null ? null : description.strip();
    }
}
