package org.peerplanner.web.gap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;

/** The board's title and the three ways to add a gap; {@code open} opens the form for the chosen way. */
class GapBoardHeader extends HorizontalLayout {

    final Button logGap = new Button("Log a gap", VaadinIcon.PLUS.create());
    final Button requestTopic = new Button("Request a topic", VaadinIcon.QUESTION_CIRCLE_O.create());
    final Button proposeTopic = new Button("Propose my topic", VaadinIcon.MICROPHONE.create());

    GapBoardHeader(String teamName, boolean mayLog, Consumer<GapFormDialog.Mode> open) {
        logGap.setVisible(mayLog);
        logGap.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        logGap.addClickListener(e -> open.accept(GapFormDialog.Mode.LOG));
        requestTopic.addClickListener(e -> open.accept(GapFormDialog.Mode.REQUEST));
        proposeTopic.addClickListener(e -> open.accept(GapFormDialog.Mode.PROPOSE));
        add(new H2("Knowledge gaps · " + teamName), logGap, requestTopic, proposeTopic);
        setAlignItems(FlexComponent.Alignment.CENTER);
        setWrap(true);
    }
}
