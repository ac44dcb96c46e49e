package org.peerplanner.domain.session;

import org.peerplanner.domain.format.SessionFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything a manager or facilitator sets on a session. */
public record SessionEdit(
        @NotNull(message = "Choose a format.") SessionFormat format,
        @NotBlank(message = "Enter a title.") @Size(max = 200, message = "A title has at most 200 characters.") String title,
        @Size(max = 4000, message = "An agenda has at most 4000 characters.") String agenda,
        @NotNull(message = "Choose when it starts.") ZonedDateTime start,
        int durationMinutes,
        @Size(max = 500, message = "A location has at most 500 characters.") String location,
        Long facilitatorId,
        Long coFacilitatorId,
        PairingFocus pairingFocus,
        @Size(max = 500) @Pattern(regexp = "^$|https?://\\S+", message = "Link the pull request or commit with an http(s) address.")
        String changeLink,
        @NotNull Set<Long> gapIds,
        @NotNull List<@Valid Material> materials) {

    public SessionEdit {
        title = title == null ? null : title.strip();
        agenda = agenda == null || agenda.isBlank() ? null : agenda.strip();
        location = location == null || location.isBlank() ? null : location.strip();
        changeLink = changeLink == null ? "" : changeLink.strip();
        gapIds = gapIds == null ? Set.of() : Set.copyOf(gapIds);
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    public static SessionEdit of(SessionFormat format, String title, ZonedDateTime start, Long facilitatorId) {
        return new SessionEdit(format, title, null, start, format.defaultMinutes(), null, facilitatorId, null, null,
                null, Set.of(), List.of());
    }

    /** The session as it stands, to edit it. */
    public static SessionEdit from(SessionDetails shown) {
        return new SessionEdit(shown.format(), shown.title(), shown.agenda(), shown.start(), shown.durationMinutes(),
                shown.location(), shown.facilitator() == null ? null : shown.facilitator().id(),
                shown.coFacilitator() == null ? null : shown.coFacilitator().id(), shown.pairingFocus(),
                shown.changeLink(), shown.gaps().stream().map(SessionDetails.GapRef::id).collect(Collectors.toSet()),
                shown.materials());
    }

    public SessionEdit at(String newLocation) {
        return new SessionEdit(format, title, agenda, start, durationMinutes, newLocation, facilitatorId, coFacilitatorId,
                pairingFocus, changeLink, gapIds, materials);
    }

    public SessionEdit lasting(int minutes) {
        return new SessionEdit(format, title, agenda, start, minutes, location, facilitatorId, coFacilitatorId,
                pairingFocus, changeLink, gapIds, materials);
    }

    public SessionEdit startingAt(ZonedDateTime newStart) {
        return new SessionEdit(format, title, agenda, newStart, durationMinutes, location, facilitatorId, coFacilitatorId,
                pairingFocus, changeLink, gapIds, materials);
    }

    public SessionEdit ledBy(Long facilitator, Long coFacilitator) {
        return new SessionEdit(format, title, agenda, start, durationMinutes, location, facilitator, coFacilitator,
                pairingFocus, changeLink, gapIds, materials);
    }

    public SessionEdit addressing(Set<Long> gaps) {
        return new SessionEdit(format, title, agenda, start, durationMinutes, location, facilitatorId, coFacilitatorId,
                pairingFocus, changeLink, gaps, materials);
    }

    public SessionEdit withAgenda(String newAgenda) {
        return new SessionEdit(format, title, newAgenda, start, durationMinutes, location, facilitatorId, coFacilitatorId,
                pairingFocus, changeLink, gapIds, materials);
    }

    public SessionEdit withMaterials(List<Material> newMaterials) {
        return new SessionEdit(format, title, agenda, start, durationMinutes, location, facilitatorId, coFacilitatorId,
                pairingFocus, changeLink, gapIds, newMaterials);
    }

    public SessionEdit focusedOn(PairingFocus focus, String link) {
        return new SessionEdit(format, title, agenda, start, durationMinutes, location, facilitatorId, coFacilitatorId,
                focus, link, gapIds, materials);
    }
}
