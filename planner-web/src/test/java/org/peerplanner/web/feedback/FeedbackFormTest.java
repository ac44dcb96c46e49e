package org.peerplanner.web.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.feedback.FeedbackAnswer;

class FeedbackFormTest {

    @Test
    void asksForAScoreBeforeSendingAndSendsTheLine() {
        List<FeedbackAnswer> sent = new ArrayList<>();
        var form = new FeedbackForm(answer -> sent.add(answer));

        form.send.click();
        assertThat(form.usefulness.isInvalid()).isTrue();
        assertThat(sent).isEmpty();

        form.usefulness.setValue(5);
        form.willUse.setValue("Feature flags");
        form.send.click();

        assertThat(sent).containsExactly(new FeedbackAnswer(5, "Feature flags"));
        assertThat(form.usefulness.isInvalid()).isFalse();
        assertThat(form.isEnabled()).as("sent once").isFalse();
    }

    @Test
    void aRefusedAnswerKeepsTheFormOpen() {
        var form = new FeedbackForm(answer -> false);
        form.usefulness.setValue(2);
        form.send.click();
        assertThat(form.isEnabled()).isTrue();
        assertThat(form.usefulness.getValue()).isEqualTo(2);
    }

    @Test
    void theScaleNamesItsEnds() {
        var form = new FeedbackForm(answer -> true);
        assertThat(form.usefulness.getItemLabelGenerator().apply(1)).isEqualTo("1 · not useful");
        assertThat(form.usefulness.getItemLabelGenerator().apply(5)).isEqualTo("5 · very useful");
    }
}
