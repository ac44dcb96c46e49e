package org.peerplanner.web.help;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.help.HelpAnswers;
import org.peerplanner.web.common.DateFields;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Save;

/** "Offer to pair": a time in the helper's zone and how long; the asker accepts it on the request's page. */
class PairDialog extends Dialog {

    final DateTimePicker start = new DateTimePicker("When could you pair?");
    final Select<Integer> minutes = new Select<>();
    final TextArea note = new TextArea("Note (optional)");
    final Button send = new Button("Offer to pair");
    private final FieldMessages fields = new FieldMessages();

    PairDialog(HelpAnswers answers, Actor actor, long requestId, ZoneId zone, Runnable after) {
        setHeaderTitle("Offer to pair");
        DateFields.likeTheApp(start);
        start.setHelperText("In your time zone, " + zone.getId());
        minutes.setLabel("How long");
        minutes.setItems(60, 90, 120);
        minutes.setItemLabelGenerator(m -> m + " minutes");
        minutes.setValue(60);
        note.setMaxLength(2000);
        note.setWidthFull();
        fields.bind("start", start).bind("minutes", minutes).bind("body", note);
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (Save.run(() -> answers.offerToPair(actor, requestId, start.getValue() == null ? null
                            : start.getValue().atZone(zone), minutes.getValue(), note.getValue()), fields::show,
                    "Offer sent.")) {
                close();
                after.run();
            }
        });
        add(start, minutes, note);
        getFooter().add(new Button("Cancel", e -> close()), send);
        setWidth("min(32em, 95vw)");
    }
}
