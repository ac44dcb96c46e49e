package org.peerplanner.domain.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.List;

/** What a person (or their manager) can say about them: who they are, what they know, when they are away. */
public record PersonProfile(
        @NotBlank(message = "Enter a name.") @Size(max = 120, message = "A name has at most 120 characters.") String fullName,
        @NotBlank(message = "Enter an email address.")
        @Email(message = "Enter a valid email address, like name@example.com.")
        @Size(max = 254, message = "An email address has at most 254 characters.") String email,
        @NotNull(message = "Choose a time zone.") ZoneId timeZone,
        @NotNull List<@Valid Skill> skills,
        @NotNull List<@Valid Absence> absences,
        boolean mentoringAvailable,
        @Min(value = 0, message = "Mentoring capacity goes from 0 to 20 mentees.")
        @Max(value = 20, message = "Mentoring capacity goes from 0 to 20 mentees.") int mentoringCapacity,
        @Size(max = 500, message = "Mentoring topics have at most 500 characters.") String mentoringTopics) {

    public PersonProfile {
        // Pasted values often carry spaces; an address is the same whatever its case.
        fullName = fullName == null ? null : fullName.strip();
        email = Person.normaliseEmail(email);
        skills = skills == null ? List.of() : List.copyOf(skills);
        absences = absences == null ? List.of() : List.copyOf(absences);
    }

    public static PersonProfile basic(String fullName, String email, ZoneId zone) {
        return new PersonProfile(fullName, email, zone, List.of(), List.of(), false, 0, null);
    }

    public PersonProfile withSkills(List<Skill> newSkills) {
        return new PersonProfile(fullName, email, timeZone, newSkills, absences, mentoringAvailable,
                mentoringCapacity, mentoringTopics);
    }

    public PersonProfile withAbsences(List<Absence> newAbsences) {
        return new PersonProfile(fullName, email, timeZone, skills, newAbsences, mentoringAvailable,
                mentoringCapacity, mentoringTopics);
    }

    public PersonProfile withMentoring(boolean available, int capacity, String topics) {
        return new PersonProfile(fullName, email, timeZone, skills, absences, available, capacity, topics);
    }

    static PersonProfile of(Person person) {
        return new PersonProfile(person.getFullName(), person.getEmail(), person.getTimeZone(), person.getSkills(),
                person.getAbsences(), person.isMentoringAvailable(), person.getMentoringCapacity(),
                person.getMentoringTopics());
    }
}
