package org.peerplanner.web.roundtable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.peerplanner.domain.roundtable.Commitment;
import org.peerplanner.domain.roundtable.PresenterSlot;
import org.peerplanner.domain.roundtable.RoundtableRules;
import org.peerplanner.domain.session.SessionDetails;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Save;

/**
 * The roundtable's wrap-up: takeaways for the attendees and, for each presenter, what they will do before the next
 * roundtable (it becomes their action item and comes back there). Saved together or not at all; a refusal marks
 * the fields concerned and keeps everything typed.
 */
public class RoundtableWrapUpDialog extends Dialog {

    final TextArea takeaways = new TextArea("Takeaways (only for those who attended)");
    final Map<Long, TextField> commitments = new LinkedHashMap<>();
    final Button save = new Button("Save wrap-up");
    private final FieldMessages messages = new FieldMessages();

    RoundtableWrapUpDialog(List<PresenterSlot> presenters, Function<RoundtableWrapUpDialog, SessionDetails> step,
                           Runnable after) {
        setHeaderTitle("Wrap up the roundtable");
        setWidth("min(720px, 96vw)");
        add(new Paragraph("Each presenter says what they will do before the next roundtable; there the room asks "
                + "\u201chow did it go?\u201d"));
        presenters.forEach(p -> {
            var field = new TextField(p.name() + " will\u2026");
            field.setHelperText(p.problem());
            field.setWidthFull();
            field.setMaxLength(RoundtableRules.COMMITMENT_MAX);
            commitments.put(p.id(), field);
            messages.bind("commitment." + p.id(), field);
            add(field);
        });
        takeaways.setWidthFull();
        takeaways.setMaxLength(8000);
        messages.bind("takeaways", takeaways);
        add(takeaways);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> Save.run(() -> step.apply(this), messages::show).ifPresent(done -> {
            close();
            after.run();
        }));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    List<Commitment> commitmentsTyped() {
        return commitments.entrySet().stream().map(e -> new Commitment(e.getKey(), e.getValue().getValue())).toList();
    }
}
