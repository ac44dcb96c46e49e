package org.peerplanner.web.mentoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MentorOfferForm;
import org.peerplanner.domain.mentoring.MentorOfferView;
import org.peerplanner.domain.mentoring.MentorOffers;
import org.peerplanner.domain.mentoring.Rhythm;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Save;

/** A mentor's offer: taking new mentees or not, how many, in what, how they like to mentor, and any charge. */
class OfferDialog extends Dialog {

    final Checkbox available = new Checkbox("Taking new mentees");
    final IntegerField capacity = new IntegerField("Places (mentees at a time)");
    final MultiSelectComboBox<String> confident = new MultiSelectComboBox<>("Confident to mentor in");
    final TextArea style = new TextArea("How I like to mentor");
    final Select<Rhythm> rhythm = new Select<>();
    final Checkbox charges = new Checkbox("I charge for mentoring");
    final TextField terms = new TextField("Terms");
    final Button save = new Button("Save offer");
    private final FieldMessages fields = new FieldMessages();

    OfferDialog(MentorOffers offers, Actor actor, MentorOfferView offer, Runnable after) {
        setHeaderTitle("My mentor offer");
        available.setValue(offer.available());
        available.setTooltipText("Off: nobody new can ask you; your current mentees carry on.");
        capacity.setValue(offer.capacity());
        capacity.setMin(1);
        capacity.setMax(10);
        capacity.setStepButtonsVisible(true);
        confident.setItems(offer.ownSkills());
        confident.setValue(offer.confidentSkills());
        confident.setHelperText("From the skills on your profile");
        style.setMaxLength(1000);
        style.setValue(offer.style() == null ? "" : offer.style());
        rhythm.setLabel("Preferred rhythm");
        rhythm.setItems(Rhythm.values());
        rhythm.setItemLabelGenerator(Rhythm::label);
        rhythm.setValue(offer.preferredRhythm());
        charges.setValue(offer.charges());
        terms.setMaxLength(500);
        terms.setValue(offer.chargeTerms() == null ? "" : offer.chargeTerms());
        terms.setEnabled(offer.charges());
        charges.addValueChangeListener(e -> terms.setEnabled(e.getValue()));
        fields.bind("capacity", capacity).bind("confidentSkills", confident).bind("style", style)
                .bind("chargeTerms", terms);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (Save.run(() -> offers.offer(actor, offer.version(), new MentorOfferForm(available.getValue(),
                    capacity.getValue() == null ? 0 : capacity.getValue(), List.copyOf(confident.getValue()),
                    style.getValue(), rhythm.getValue(), charges.getValue(), terms.getValue())), fields::show,
                    "Your mentor offer is saved.")) {
                close();
                after.run();
            }
        });
        add(new FormLayout(available, capacity, confident, rhythm, style, charges, terms));
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(36em, 95vw)");
    }
}
