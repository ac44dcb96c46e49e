package org.peerplanner.domain.help;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * What the asker writes.
 *
 * @param wholeOrganisation ask everyone, not only the team (the team's rules may forbid it)
 * @param viewerIds         for a confidential request, the only people besides the asker who may see it
 * @param roundtableConsent "may be discussed at a peer roundtable"; only for specific help
 */
public record HelpAsk(
        @NotNull(message = "Choose what kind of help you need.") HelpKind kind,
        @NotBlank(message = "Say in a few words what you are stuck on.")
        @Size(max = HelpRequest.MAX_TITLE, message = "A title has at most 200 characters.") String title,
        @Size(max = HelpRequest.MAX_DETAILS, message = "Details have at most 10,000 characters.") String details,
        @NotNull @Size(max = 10, message = "Use at most 10 skill tags.")
        List<@Size(max = 60, message = "A tag has at most 60 characters.") String> tags,
        @NotNull(message = "Choose how soon you need an answer.") HelpUrgency urgency,
        boolean wholeOrganisation,
        boolean confidential,
        @NotNull Set<Long> viewerIds,
        boolean roundtableConsent) {

    public HelpAsk {
        title = title == null ? null : title.strip();
        details = details == null ? "" : details.strip();
        tags = tags == null ? List.of() : tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip)
                .toList();
        viewerIds = viewerIds == null ? Set.of() : Set.copyOf(viewerIds);
    }

    public static HelpAsk of(HelpKind kind, String title, String details, List<String> tags, HelpUrgency urgency) {
        return new HelpAsk(kind, title, details, tags, urgency, false, false, Set.of(), false);
    }

    public HelpAsk confidentialFor(Set<Long> viewers) {
        return new HelpAsk(kind, title, details, tags, urgency, false, true, viewers, roundtableConsent);
    }

    public HelpAsk acrossOrganisation() {
        return new HelpAsk(kind, title, details, tags, urgency, true, confidential, viewerIds, roundtableConsent);
    }

    public HelpAsk withRoundtableConsent() {
        return new HelpAsk(kind, title, details, tags, urgency, wholeOrganisation, confidential, viewerIds, true);
    }
}
