package org.peerplanner.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Slides, a recording or a diagram board. Only web links: a calendar or wiki can open them. */
@Embeddable
public record Material(
        @Column(name = "label", nullable = false, length = 120)
        @NotBlank(message = "Name the material, like Slides or Recording.") @Size(max = 120) String label,
        @Column(name = "url", nullable = false, length = 1000)
        @NotBlank(message = "Enter the material's link.") @Size(max = 1000)
        @Pattern(regexp = "https?://\\S+", message = "A material link starts with http:// or https://.") String url) {
}
