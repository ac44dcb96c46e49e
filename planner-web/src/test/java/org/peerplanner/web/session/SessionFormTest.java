package org.peerplanner.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.session.Material;
import org.peerplanner.domain.session.PairingFocus;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.web.common.Option;

/** The session form on its own: format rules, team time zone, materials. */
class SessionFormTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private final List<Option> members = List.of(new Option(1, "Priya Raman"), new Option(2, "Sam Okafor"));
    private final List<Option> gaps = List.of(new Option(10, "#10 SwiftUI performance"));
    private final SessionForm form = new SessionForm(LA, members, gaps);
    private final List<SessionEdit> saved = new ArrayList<>();

    SessionFormTest() {
        form.addSaveListener(e -> saved.add(e.edit()));
        form.edit(SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "", ZonedDateTime.of(2026, 11, 26, 11, 0, 0, 0, LA), null),
                members, gaps);
    }

    @Test
    void theFormatSetsTheDurationRangeAndItsOwnFields() {
        assertThat(form.duration.getValue()).isEqualTo(45);
        assertThat(form.pairingFocus.isVisible()).isFalse();

        form.format.setValue(SessionFormat.DEEP_DIVE);
        assertThat(form.duration.getValue()).isEqualTo(105);
        assertThat(form.duration.getMin()).isEqualTo(90);

        form.format.setValue(SessionFormat.PAIRING);
        assertThat(form.pairingFocus.isVisible()).isTrue();
        assertThat(form.changeLink.isVisible()).isFalse();

        form.format.setValue(SessionFormat.CODE_REVIEW);
        assertThat(form.changeLink.isVisible()).isTrue();
    }

    @Test
    void savingSendsTheEditInTheTeamsZoneWithFacilitatorsGapsAndMaterials() {
        form.format.setValue(SessionFormat.PAIRING);
        form.title.setValue("Pairing: Instruments traces");
        form.start.setValue(LocalDateTime.of(2026, 11, 3, 12, 0));
        form.facilitator.setValue(members.get(0));
        form.coFacilitator.setValue(members.get(1));
        form.pairingFocus.setValue(PairingFocus.DEBUGGING);
        form.gaps.setValue(Set.of(gaps.getFirst()));
        form.materials.setValue("Slides https://slides.example.com/instruments\n\nRecording https://video.example.com/42");

        form.save.click();

        assertThat(saved).singleElement().satisfies(edit -> {
            assertThat(edit.start()).isEqualTo(ZonedDateTime.of(2026, 11, 3, 12, 0, 0, 0, LA));
            assertThat(edit.start().toInstant().toString()).isEqualTo("2026-11-03T20:00:00Z");
            assertThat(edit.facilitatorId()).isEqualTo(1L);
            assertThat(edit.coFacilitatorId()).isEqualTo(2L);
            assertThat(edit.pairingFocus()).isEqualTo(PairingFocus.DEBUGGING);
            assertThat(edit.gapIds()).containsExactly(10L);
            assertThat(edit.materials()).containsExactly(new Material("Slides", "https://slides.example.com/instruments"),
                    new Material("Recording", "https://video.example.com/42"));
        });
    }

    @Test
    void aMissingTitleOrAMaterialWithoutLinkIsShownAndNothingIsSent() {
        form.materials.setValue("Slides on the wiki");

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.materials.isInvalid()).isTrue();
    }
}
