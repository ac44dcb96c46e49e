package org.peerplanner.domain.gap;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerplanner.domain.format.SessionFormat;

/**
 * What someone writes about a knowledge gap when logging or revising it.
 *
 * @param reportedBy who raised it (for example the member in a 1:1); null means the person logging
 *                   it, or unchanged when revising
 * @param reportedOn when it was raised; null means today, or unchanged when revising
 */
public record GapDraft(
        @NotBlank(message = "Enter a title.")
        @Size(max = KnowledgeGap.MAX_TITLE, message = "A title has at most 200 characters.") String title,
        @Size(max = KnowledgeGap.MAX_DESCRIPTION, message = "A description has at most 4000 characters.") String description,
        @NotNull(message = "Choose where the gap came from.") GapSource source,
        @Size(max = KnowledgeGap.MAX_REFERENCE,
                message = "A reference (retro date, link or incident id) has at most 200 characters.") String sourceReference,
        @NotNull(message = "Choose an urgency.") Urgency urgency,
        @NotNull @Size(max = 20, message = "Use at most 20 tags.")
        List<@NotBlank(message = "A tag cannot be empty.")
             @Size(max = KnowledgeGap.MAX_TAG, message = "A tag has at most 60 characters.") String> tags,
        @NotNull Set<SessionFormat> preferredFormats,
        boolean confidential,
        Long reportedBy,
        LocalDate reportedOn) {

    public GapDraft {
        title = stripped(title);
        description = stripped(description);
        sourceReference = stripped(sourceReference);
        // Not List.copyOf: a blank or null tag must reach validation and get its message, not an NPE.
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
        preferredFormats = preferredFormats == null ? Set.of()
                : preferredFormats.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    /** The gap as it stands, to revise it (who reported it and when stay unchanged). */
    public static GapDraft from(GapDetails gap) {
        return new GapDraft(gap.title(), gap.description(), gap.source(), gap.sourceReference(), gap.urgency(), gap.tags(),
                gap.preferredFormats(), gap.confidential(), null, null);
    }

    /** The usual start: a title, where it came from and how urgent it is. */
    public static GapDraft of(String title, GapSource source, Urgency urgency) {
        return new GapDraft(title, null, source, null, urgency, List.of(), Set.of(), false, null, null);
    }

    public GapDraft describedAs(String newDescription) {
        return new GapDraft(title, newDescription, source, sourceReference, urgency, tags, preferredFormats,
                confidential, reportedBy, reportedOn);
    }

    public GapDraft titled(String newTitle) {
        return new GapDraft(newTitle, description, source, sourceReference, urgency, tags, preferredFormats,
                confidential, reportedBy, reportedOn);
    }

    public GapDraft withUrgency(Urgency newUrgency) {
        return new GapDraft(title, description, source, sourceReference, newUrgency, tags, preferredFormats,
                confidential, reportedBy, reportedOn);
    }

    public GapDraft withSource(GapSource newSource, String reference) {
        return new GapDraft(title, description, newSource, reference, urgency, tags, preferredFormats, confidential,
                reportedBy, reportedOn);
    }

    public GapDraft taggedWith(List<String> newTags) {
        return new GapDraft(title, description, source, sourceReference, urgency, newTags, preferredFormats,
                confidential, reportedBy, reportedOn);
    }

    public GapDraft inFormats(Set<SessionFormat> formats) {
        return new GapDraft(title, description, source, sourceReference, urgency, tags, formats, confidential,
                reportedBy, reportedOn);
    }

    public GapDraft keptConfidential(boolean isConfidential) {
        return new GapDraft(title, description, source, sourceReference, urgency, tags, preferredFormats,
                isConfidential, reportedBy, reportedOn);
    }

    public GapDraft reported(Long by, LocalDate on) {
        return new GapDraft(title, description, source, sourceReference, urgency, tags, preferredFormats,
                confidential, by, on);
    }

    private static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
