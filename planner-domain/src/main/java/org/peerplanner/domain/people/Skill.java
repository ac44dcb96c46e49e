package org.peerplanner.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A skill a person has, with proficiency from 1 (beginner) to 5 (can teach it). */
@Embeddable
public record Skill(
        @Column(name = "skill", nullable = false, length = 80)
        @NotBlank(message = "A skill needs a name.")
        @Size(max = 80, message = "A skill name has at most 80 characters.")
        String name,
        @Column(name = "proficiency", nullable = false)
        @Min(value = 1, message = "Proficiency goes from 1 to 5.")
        @Max(value = 5, message = "Proficiency goes from 1 to 5.")
        int proficiency) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public Skill {
        name = name == null ? null : name.strip();
    }

    /** Skills are matched case-insensitively: "kafka" and "Kafka" are the same skill. */
    public String key() {
        return name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
    }
}
