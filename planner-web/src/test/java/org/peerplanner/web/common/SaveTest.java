package org.peerplanner.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.common.ConflictException;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotPermittedException;

/** The one way a screen runs a command that may be refused: messages by their fields, the rest as a notice, nothing typed lost. */
@ViewPackages(packages = "org.peerplanner.web.common")
class SaveTest extends BrowserlessTest {

    private final TextField title = new TextField("Title");
    private final FieldMessages messages = new FieldMessages().bind("title", title);

    @Test
    void aFieldProblemIsShownOnItsFieldAndTheRestAsANoticeAndTheTypedValueStays() {
        title.setValue("Kafka retries");
        var problems = new LinkedHashMap<String, String>();
        problems.put("title", "A title has at most 200 characters.");
        problems.put("teamId", "The team is archived.");

        var saved = Save.run(() -> {
            throw new InvalidInputException(problems);
        }, messages::show);

        assertThat(saved).isEmpty();
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("A title has at most 200 characters.");
        assertThat(title.getValue()).isEqualTo("Kafka retries");
        assertThat(notices()).containsExactly("The team is archived.");
    }

    @Test
    void aProblemWithOnlyFieldMessagesShowsNoNotice() {
        var saved = Save.run(() -> {
            throw InvalidInputException.of("title", "Enter a title.");
        }, messages::show);

        assertThat(saved).isEmpty();
        assertThat(title.isInvalid()).isTrue();
        assertThat(notices()).isEmpty();
    }

    @Test
    void aConflictIsShownAsANoticeAndTheFormKeepsWhatWasTyped() {
        title.setValue("My edit");

        var saved = Save.run(() -> {
            throw new ConflictException("This gap");
        }, messages::show);

        assertThat(saved).isEmpty();
        assertThat(title.getValue()).isEqualTo("My edit");
        assertThat(title.isInvalid()).isFalse();
        assertThat(notices()).singleElement().asString().startsWith("This gap was changed by someone else");
    }

    @Test
    void aRefusalWithoutAFormBecomesTheNotice() {
        boolean saved = Save.run(() -> {
            throw new NotPermittedException("Only the team's managers close gaps.");
        }, Save.FieldProblems.NONE, "Closed.");

        assertThat(saved).isFalse();
        assertThat(notices()).containsExactly("Only the team's managers close gaps.");
    }

    @Test
    void aCommandThatWorksGivesItsAnswerAndSaysDone() {
        assertThat(Save.run(() -> 42, messages::show)).contains(42);
        assertThat(Save.run(() -> { }, Save.FieldProblems.NONE, "Saved.")).isTrue();
        assertThat(notices()).containsExactly("Saved.");
    }

    private java.util.List<String> notices() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
