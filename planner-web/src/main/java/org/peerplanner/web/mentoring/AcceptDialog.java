package org.peerplanner.web.mentoring;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.peerplanner.web.common.DateFields;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MeetingPlan;
import org.peerplanner.domain.mentoring.MentoringRequests;
import org.peerplanner.domain.mentoring.RequestRow;
import org.peerplanner.domain.mentoring.Rhythm;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Save;

/** Saying yes means agreeing the rhythm: how often, which weekday, when, how long, from when, and where. */
class AcceptDialog extends Dialog {

    final Select<Rhythm> rhythm = new Select<>();
    final Select<DayOfWeek> weekday = new Select<>();
    final TimePicker time = new TimePicker("Time (your time zone)");
    final IntegerField duration = new IntegerField("Minutes");
    final DatePicker startsOn = DateFields.picker("First week");
    final TextField videoLink = new TextField("Video link");
    final Button accept = new Button("Accept and send the invite");
    private final FieldMessages fields = new FieldMessages();

    AcceptDialog(MentoringRequests requests, Actor actor, RequestRow request, LocalDate today) {
        setHeaderTitle("Mentor " + request.menteeName() + " in " + request.goal());
        rhythm.setLabel("How often");
        rhythm.setItems(Rhythm.values());
        rhythm.setItemLabelGenerator(Rhythm::label);
        rhythm.setValue(request.rhythm());
        weekday.setLabel("Weekday");
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        weekday.setValue(DayOfWeek.THURSDAY);
        duration.setValue(45);
        duration.setStepButtonsVisible(true);
        duration.setStep(15);
        startsOn.setValue(today.plusDays(1));
        startsOn.setMin(today);
        videoLink.setMaxLength(300);
        fields.bind("rhythm", rhythm).bind("weekday", weekday).bind("time", time).bind("durationMinutes", duration)
                .bind("startsOn", startsOn).bind("videoLink", videoLink);
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(e -> Save.run(() -> requests.accept(actor, request.id(), new MeetingPlan(
                rhythm.getValue(), weekday.getValue(), time.getValue(), duration.getValue() == null ? 0 : duration.getValue(),
                startsOn.getValue(), videoLink.getValue())), fields::show).ifPresent(id -> {
                    close();
                    UI.getCurrent().navigate("mentorships/" + id);
                }));
        var form = new FormLayout(rhythm, weekday, time, duration, startsOn, videoLink);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), accept);
        setWidth("min(36em, 95vw)");
    }
}
