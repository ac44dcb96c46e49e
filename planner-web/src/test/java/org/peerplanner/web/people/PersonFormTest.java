package org.peerplanner.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.people.Absence;
import org.peerplanner.domain.people.PersonProfile;
import org.peerplanner.domain.people.Skill;

/** The person form on its own: no Spring, no database. */
class PersonFormTest {

    private final PersonForm form = new PersonForm();
    private final List<PersonProfile> saved = new ArrayList<>();

    PersonFormTest() {
        form.addSaveListener(e -> saved.add(e.profile()));
    }

    @Test
    void savingSendsTheEditedProfileWithSkillsTimeOffAndMentoring() {
        form.edit(PersonProfile.basic("Zoë Ångström", "zoe@example.com", ZoneId.of("Europe/Stockholm")));
        form.skills.newName.setValue("Accessibility");
        form.skills.newLevel.setValue(5);
        form.skills.add.click();
        form.absences.from.setValue(LocalDate.of(2026, 12, 21));
        form.absences.to.setValue(LocalDate.of(2027, 1, 2));
        form.absences.reason.setValue("Holiday");
        form.absences.add.click();
        form.mentoringAvailable.setValue(true);
        form.mentoringCapacity.setValue(2);
        form.mentoringTopics.setValue("Accessible front ends");

        form.save.click();

        assertThat(saved).singleElement().satisfies(p -> {
            assertThat(p.fullName()).isEqualTo("Zoë Ångström");
            assertThat(p.skills()).containsExactly(new Skill("Accessibility", 5));
            assertThat(p.absences()).containsExactly(new Absence(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 2), "Holiday"));
            assertThat(p.mentoringAvailable()).isTrue();
            assertThat(p.mentoringCapacity()).isEqualTo(2);
        });
    }

    @Test
    void missingRequiredFieldsAreMarkedAndNothingIsSaved() {
        form.edit(PersonProfile.basic("", "", null));

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.fullName.isInvalid()).isTrue();
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.timeZone.isInvalid()).isTrue();
    }

    @Test
    void aBackwardsTimeOffPeriodIsNotAdded() {
        form.edit(PersonProfile.basic("Sam", "sam@example.com", ZoneId.of("UTC")));
        form.absences.from.setValue(LocalDate.of(2026, 5, 10));
        form.absences.to.setValue(LocalDate.of(2026, 5, 1));

        form.absences.add.click();

        assertThat(form.absences.getValue()).isEmpty();
        assertThat(form.absences.from.isInvalid()).isTrue();
    }

    @Test
    void theServicesVerdictIsShownNextToTheField() {
        form.edit(PersonProfile.basic("Sam", "sam@example.com", ZoneId.of("UTC")));

        String elsewhere = form.showProblems(new InvalidInputException(Map.of(
                "email", "Another person already uses this email address.", "other", "Something else.")));

        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).isEqualTo("Another person already uses this email address.");
        assertThat(elsewhere).isEqualTo("Something else.");
    }

    @Test
    void aReadOnlyFormHasNoSaveButton() {
        form.edit(PersonProfile.basic("Sam", "sam@example.com", ZoneId.of("UTC")));
        form.setEditable(false);

        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.fullName.isReadOnly()).isTrue();
        assertThat(form.skills.add.isVisible()).isFalse();
    }
}
