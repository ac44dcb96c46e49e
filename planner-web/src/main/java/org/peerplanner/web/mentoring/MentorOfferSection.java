package org.peerplanner.web.mentoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.mentoring.MentorOfferView;
import org.peerplanner.domain.mentoring.MentorOffers;
import org.peerplanner.web.common.DateFields;
import org.peerplanner.web.common.Save;

/**
 * A mentor's offer as it stands, with "Edit my offer" (the offer dialog) and "Pause new requests until": one
 * component, so the profile and My mentoring show and change the offer the same way.
 */
public class MentorOfferSection extends VerticalLayout {

    final Paragraph status = new Paragraph();
    final Paragraph details = new Paragraph();
    final Button edit = new Button("Edit my offer");
    final DatePicker pauseUntil = DateFields.picker("Pause new requests until");

    private final MentorOffers offers;
    private final Actor actor;
    private final Runnable afterChange;
    private MentorOfferView offer;

    /** @param afterChange run after every saved change, e.g. so a profile form re-reads its (now newer) person */
    public MentorOfferSection(MentorOffers offers, Actor actor, LocalDate today, Runnable afterChange) {
        this.offers = offers;
        this.actor = actor;
        this.afterChange = afterChange;
        setPadding(false);
        setSpacing(false);
        edit.addClickListener(e -> new OfferDialog(offers, actor, offer, this::changed).open());
        pauseUntil.setClearButtonVisible(true);
        pauseUntil.setMin(today.plusDays(1));
        pauseUntil.setHelperText("Your current mentees carry on; clear it to end the pause.");
        pauseUntil.addValueChangeListener(e -> {
            if (e.isFromClient() && Save.run(() -> offers.pauseUntil(actor, offer.version(), e.getValue()),
                    Save.FieldProblems.NONE, e.getValue() == null ? "Pause ended." : "Paused.")) {
                changed();
            }
        });
        var row = new HorizontalLayout(status, edit, pauseUntil);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row, details);
        refresh();
    }

    public void refresh() {
        offer = offers.myOffer(actor);
        status.setText("Your offer: " + offer.status() + ".");
        details.setText(describe(offer));
        pauseUntil.setValue(offer.pausedUntil());
    }

    private void changed() {
        refresh();
        afterChange.run();
    }

    /** What others see of the offer in the directory, in one line. */
    static String describe(MentorOfferView offer) {
        var text = new StringBuilder(offer.capacity() + (offer.capacity() == 1 ? " place" : " places"))
                .append(" (").append(offer.taken()).append(" taken)");
        text.append(" · ").append(offer.confidentSkills().isEmpty() ? "Confident skills: those you rate 4 or 5"
                : "Confident in " + String.join(", ", offer.confidentSkills()));
        if (offer.preferredRhythm() != null) {
            text.append(" · Prefers ").append(offer.preferredRhythm().label().toLowerCase());
        }
        text.append(offer.charges() ? " · Charges" + (offer.chargeTerms() == null ? "" : ": " + offer.chargeTerms())
                : " · Free");
        if (offer.style() != null) {
            text.append(" · How I like to mentor: ").append(offer.style());
        }
        return text.toString();
    }
}
