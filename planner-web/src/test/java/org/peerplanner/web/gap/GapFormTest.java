package org.peerplanner.web.gap;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapMatch;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.format.SessionFormat;

/** The gap form on its own, with a stand-in for the "similar gaps" lookup. */
class GapFormTest {

    private final List<String> lookedUp = new ArrayList<>();
    private final GapForm form = new GapForm(text -> {
        lookedUp.add(text);
        return text.toLowerCase().contains("kafka")
                ? List.of(new GapMatch(7, "Kafka consumer groups", GapStatus.OPEN, 0.9), new GapMatch(9, "Kafka basics", GapStatus.PLANNED, 0.6))
                : List.of();
    });
    private final List<GapDraft> saved = new ArrayList<>();

    GapFormTest() {
        form.addSaveListener(e -> saved.add(e.draft()));
        form.edit(GapDraft.of("", GapSource.RETROSPECTIVE, Urgency.MEDIUM));
    }

    @Test
    void typingATitleShowsSimilarOpenGapsButNotTheGapBeingEdited() {
        form.ignoreInHints(9);

        form.title.setValue("kafka consumer-groups?");

        assertThat(lookedUp).containsExactly("kafka consumer-groups?");
        assertThat(form.similar.getChildren().filter(c -> c instanceof Div).map(c -> c.getElement().getTextRecursively()).toList())
                .containsExactly("#7 Kafka consumer groups (Open)");
    }

    @Test
    void aShortOrUnrelatedTitleShowsNoHints() {
        form.title.setValue("Go");
        assertThat(form.similar.getChildren().count()).isZero();
        form.title.setValue("Terraform modules");
        assertThat(form.similar.getChildren().count()).isZero();
    }

    @Test
    void savingSendsTheDraftWithTagsSplitAndDeduplicated() {
        form.title.setValue("Reading query plans");
        form.description.setValue("Nobody could read EXPLAIN during INC-2231.");
        form.source.setValue(GapSource.POST_MORTEM);
        form.sourceReference.setValue("INC-2231");
        form.urgency.setValue(Urgency.HIGH);
        form.tags.setValue(" postgresql, sql tuning,, postgresql ");
        form.formats.setValue(Set.of(SessionFormat.PAIRING));
        form.confidential.setValue(true);

        form.save.click();

        assertThat(saved).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Reading query plans");
            assertThat(d.tags()).containsExactly("postgresql", "sql tuning");
            assertThat(d.source()).isEqualTo(GapSource.POST_MORTEM);
            assertThat(d.sourceReference()).isEqualTo("INC-2231");
            assertThat(d.preferredFormats()).containsExactly(SessionFormat.PAIRING);
            assertThat(d.confidential()).isTrue();
        });
    }

    @Test
    void aGapWithoutTitleOrSourceIsNotSaved() {
        form.edit(GapDraft.of("", null, Urgency.LOW));

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.source.isInvalid()).isTrue();
    }
}
