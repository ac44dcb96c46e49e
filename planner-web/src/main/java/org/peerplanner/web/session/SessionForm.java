package org.peerplanner.web.session;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.session.Material;
import org.peerplanner.domain.session.PairingFocus;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.DateFields;
import org.peerplanner.web.common.Option;

/**
 * Schedules or edits a session: format (which sets the duration's range), time in the team's zone,
 * facilitators, the gaps it addresses, agenda and materials. Fires a save event with the edit.
 */
public class SessionForm extends VerticalLayout {

    final Select<SessionFormat> format = new Select<>();
    final TextField title = new TextField("Title");
    final DateTimePicker start = new DateTimePicker("Starts");
    final IntegerField duration = new IntegerField("Minutes");
    final TextField location = new TextField("Room or video link");
    final ComboBox<Option> facilitator = new ComboBox<>("Facilitator");
    final ComboBox<Option> coFacilitator = new ComboBox<>("Co-facilitator (optional)");
    final Select<PairingFocus> pairingFocus = new Select<>();
    final TextField changeLink = new TextField("Pull request or commit");
    final MultiSelectComboBox<Option> gaps = new MultiSelectComboBox<>("Gaps it addresses");
    final TextArea agenda = new TextArea("Agenda");
    final TextArea materials = new TextArea("Materials (one per line: label and link)");
    final Button save = new Button("Save session");
    final Button cancel = new Button("Cancel");

    private final FieldMessages messages = new FieldMessages();
    private final ZoneId teamZone;

    public SessionForm(ZoneId teamZone, List<Option> members, List<Option> openGaps) {
        this.teamZone = teamZone;
        setPadding(false);
        DateFields.likeTheApp(start);
        format.setLabel("Format");
        format.setItems(SessionFormat.values());
        format.setItemLabelGenerator(SessionFormat::label);
        format.addValueChangeListener(e -> {
            var f = e.getValue();
            if (f == null) {
                return;
            }
            duration.setMin(f.minMinutes());
            duration.setMax(f.maxMinutes());
            duration.setHelperText(f.minMinutes() + "–" + f.maxMinutes() + " minutes");
            if (duration.getValue() == null || !f.fits(duration.getValue())) {
                duration.setValue(f.defaultMinutes());
            }
            pairingFocus.setVisible(f == SessionFormat.PAIRING);
            changeLink.setVisible(f == SessionFormat.CODE_REVIEW);
            // Say it where the choice is made: the title reaches only those who attend.
            format.setHelperText(f.isConfidential() ? "Confidential: calendars and invites show only \u201c"
                    + f.label() + "\u201d. Presenters bring their problems on the session's page." : null);
        });
        title.setMaxLength(200);
        start.setHelperText("Time in the team's zone, " + teamZone.getId());
        start.setStep(java.time.Duration.ofMinutes(15));
        duration.setStepButtonsVisible(true);
        duration.setStep(15);
        location.setMaxLength(500);
        facilitator.setItems(members);
        facilitator.setItemLabelGenerator(Option::label);
        facilitator.setPlaceholder("Open: volunteers welcome");
        facilitator.setClearButtonVisible(true);
        coFacilitator.setItems(members);
        coFacilitator.setItemLabelGenerator(Option::label);
        coFacilitator.setClearButtonVisible(true);
        pairingFocus.setLabel("Pairing focus");
        pairingFocus.setItems(PairingFocus.values());
        pairingFocus.setItemLabelGenerator(PairingFocus::label);
        pairingFocus.setVisible(false);
        changeLink.setVisible(false);
        changeLink.setPlaceholder("https://git.example.com/…/pull/42");
        gaps.setItems(openGaps);
        gaps.setItemLabelGenerator(Option::label);
        agenda.setMaxLength(4000);
        materials.setPlaceholder("Slides https://slides.example.com/kafka");
        messages.bind("format", format).bind("title", title).bind("start", start).bind("durationMinutes", duration)
                .bind("location", location).bind("facilitatorId", facilitator).bind("coFacilitatorId", coFacilitator)
                .bind("changeLink", changeLink).bind("gapIds", gaps).bind("agenda", agenda).bind("materials", materials);

        var layout = new FormLayout(format, title, start, duration, facilitator, coFacilitator, location, pairingFocus,
                changeLink, gaps, agenda, materials);
        layout.setColspan(title, 1);
        layout.setColspan(gaps, 2);
        layout.setColspan(agenda, 2);
        layout.setColspan(materials, 2);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        add(layout, new HorizontalLayout(save, cancel));
    }

    public void edit(SessionEdit edit, List<Option> members, List<Option> knownGaps) {
        messages.clear();
        format.setValue(edit.format());
        title.setValue(edit.title() == null ? "" : edit.title());
        start.setValue(edit.start() == null ? null : edit.start().withZoneSameInstant(teamZone).toLocalDateTime());
        duration.setValue(edit.durationMinutes());
        location.setValue(edit.location() == null ? "" : edit.location());
        facilitator.setValue(find(members, edit.facilitatorId()));
        coFacilitator.setValue(find(members, edit.coFacilitatorId()));
        pairingFocus.setValue(edit.pairingFocus());
        changeLink.setValue(edit.changeLink() == null ? "" : edit.changeLink());
        gaps.setValue(knownGaps.stream().filter(g -> edit.gapIds().contains(g.id())).collect(Collectors.toSet()));
        agenda.setValue(edit.agenda() == null ? "" : edit.agenda());
        materials.setValue(edit.materials().stream().map(m -> m.label() + " " + m.url()).collect(Collectors.joining("\n")));
    }

    public String showProblems(InvalidInputException e) {
        return messages.show(e);
    }

    private void submit() {
        messages.clear();
        boolean ok = true;
        if (format.isEmpty()) {
            format.setErrorMessage("Choose a format.");
            format.setInvalid(true);
            ok = false;
        }
        if (title.getValue().isBlank()) {
            title.setErrorMessage("Enter a title.");
            title.setInvalid(true);
            ok = false;
        }
        if (start.isEmpty()) {
            start.setErrorMessage("Choose when it starts.");
            start.setInvalid(true);
            ok = false;
        }
        if (duration.isEmpty()) {
            duration.setErrorMessage("Enter how long it lasts.");
            duration.setInvalid(true);
            ok = false;
        }
        List<Material> parsed = parseMaterials();
        if (parsed == null) {
            materials.setErrorMessage("Write each material as a label followed by its link, like: Slides https://…");
            materials.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        var edit = new SessionEdit(format.getValue(), title.getValue(), agenda.getValue(),
                start.getValue().atZone(teamZone), duration.getValue(), location.getValue(),
                facilitator.getValue() == null ? null : facilitator.getValue().id(),
                coFacilitator.getValue() == null ? null : coFacilitator.getValue().id(),
                pairingFocus.getValue(), changeLink.getValue(),
                gaps.getValue().stream().map(Option::id).collect(Collectors.toSet()), parsed);
        fireEvent(new SaveEvent(this, edit));
    }

    /** "Slides https://…" per line; null when a line has no link. */
    private List<Material> parseMaterials() {
        List<Material> list = new ArrayList<>();
        for (String line : materials.getValue().split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            int at = text.indexOf("http");
            if (at < 0) {
                return null;
            }
            String label = text.substring(0, at).strip();
            list.add(new Material(label.isEmpty() ? "Link" : label, text.substring(at).strip()));
        }
        return list;
    }

    private static Option find(List<Option> options, Long id) {
        return id == null ? null : options.stream().filter(o -> Objects.equals(o.id(), id)).findFirst().orElse(null);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<SessionForm> {
        private final SessionEdit edit;

        SaveEvent(SessionForm source, SessionEdit edit) {
            super(source, false);
            this.edit = edit;
        }

        public SessionEdit edit() {
            return edit;
        }
    }

    public static class CancelEvent extends ComponentEvent<SessionForm> {
        CancelEvent(SessionForm source) {
            super(source, false);
        }
    }

}
