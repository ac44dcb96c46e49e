package org.peerplanner.web.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.team.Cadence;
import org.peerplanner.domain.team.TeamSettings;

class TeamFormTest {

    private final TeamForm form = new TeamForm();
    private final List<TeamSettings> saved = new ArrayList<>();

    TeamFormTest() {
        form.addSaveListener(e -> saved.add(e.settings()));
    }

    @Test
    void sprintFieldsAppearOnlyForASprintCadenceAndAreSaved() {
        form.edit(TeamForm.defaults(ZoneId.of("America/Los_Angeles")));
        form.name.setValue("Mobile Apps");
        assertThat(form.sprintWeeks.isVisible()).isFalse();

        form.cadence.setValue(Cadence.EVERY_SPRINT);
        form.sprintWeeks.setValue(2);
        form.sprintStart.setValue(LocalDate.of(2026, 11, 2));
        form.save.click();

        assertThat(form.sprintWeeks.isVisible()).isTrue();
        assertThat(saved).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Mobile Apps");
            assertThat(s.cadenceRule().intervalWeeks()).isEqualTo(2);
            assertThat(s.timeZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        });
    }

    @Test
    void sprintDetailsAreDroppedWhenTheCadenceIsWeekly() {
        form.edit(TeamForm.defaults(ZoneId.of("UTC")));
        form.name.setValue("Platform");
        form.cadence.setValue(Cadence.EVERY_SPRINT);
        form.sprintWeeks.setValue(3);
        form.cadence.setValue(Cadence.WEEKLY);

        form.save.click();

        assertThat(saved).singleElement().satisfies(s -> assertThat(s.sprintWeeks()).isNull());
    }

    @Test
    void aTeamWithoutANameIsNotSaved() {
        form.edit(TeamForm.defaults(ZoneId.of("UTC")));

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.name.isInvalid()).isTrue();
    }
}
