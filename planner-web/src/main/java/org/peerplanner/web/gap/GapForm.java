package org.peerplanner.web.gap;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapMatch;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.web.common.FieldMessages;

/**
 * Logs or revises a knowledge gap. While the title is typed it shows similar open gaps of the team,
 * from the function it is given, so people vote instead of logging the same gap twice.
 */
public class GapForm extends VerticalLayout {

    final TextField title = new TextField("Title");
    final Div similar = new Div();
    final TextArea description = new TextArea("What is missing, and where did it hurt?");
    final Select<GapSource> source = new Select<>();
    final TextField sourceReference = new TextField("Reference");
    final Select<Urgency> urgency = new Select<>();
    final TextField tags = new TextField("Skill tags");
    final CheckboxGroup<SessionFormat> formats = new CheckboxGroup<>("Good formats for it");
    final Checkbox confidential = new Checkbox("Confidential: only the team's managers and I can see it");
    final Button save = new Button("Log gap");
    final Button cancel = new Button("Cancel");

    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final FieldMessages messages = new FieldMessages();
    private final Function<String, List<GapMatch>> similarGaps;
    private long editedGapId = -1;

    public GapForm(Function<String, List<GapMatch>> similarGaps) {
        this.similarGaps = similarGaps;
        setPadding(false);
        title.setMaxLength(200);
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.addValueChangeListener(e -> showSimilar(e.getValue()));
        similar.setId("similar-gaps");
        description.setMaxLength(4000);
        description.setWidthFull();
        source.setLabel("Where it came from");
        source.setItems(GapSource.values());
        source.setItemLabelGenerator(GapSource::label);
        sourceReference.setMaxLength(200);
        sourceReference.setPlaceholder("Retro date, link or incident id");
        urgency.setLabel("Urgency");
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(Urgency::label);
        tags.setPlaceholder("kafka, consumer groups");
        tags.setHelperText("Separate tags with commas.");
        // A roundtable's topics are problems its presenters bring, never a gap: the rotation gives it none.
        formats.setItems(java.util.Arrays.stream(SessionFormat.values()).filter(f -> !f.isConfidential()).toList());
        formats.setItemLabelGenerator(SessionFormat::label);

        binder.forField(title).asRequired("Enter a title.").bind(Draft::getTitle, Draft::setTitle);
        binder.forField(description).bind(Draft::getDescription, Draft::setDescription);
        binder.forField(source).asRequired("Choose where the gap came from.").bind(Draft::getSource, Draft::setSource);
        binder.forField(sourceReference).bind(Draft::getSourceReference, Draft::setSourceReference);
        binder.forField(urgency).asRequired("Choose an urgency.").bind(Draft::getUrgency, Draft::setUrgency);
        binder.forField(tags).bind(Draft::getTags, Draft::setTags);
        binder.forField(formats).bind(Draft::getFormats, Draft::setFormats);
        binder.forField(confidential).bind(Draft::isConfidential, Draft::setConfidential);
        messages.bind("title", title).bind("description", description).bind("source", source)
                .bind("sourceReference", sourceReference).bind("urgency", urgency).bind("tags", tags)
                .bind("preferredFormats", formats);

        var layout = new FormLayout(source, sourceReference, urgency, tags);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var draft = new Draft();
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new SaveEvent(this, draft.toGapDraft()));
            }
        });
        cancel.addClickListener(e -> fireEvent(new CancelEvent(this)));
        add(title, similar, description, layout, formats, confidential, new HorizontalLayout(save, cancel));
    }

    public void edit(GapDraft draft) {
        messages.clear();
        binder.readBean(Draft.of(draft));
        similar.removeAll();
    }

    /** While revising, the gap itself is not a "similar gap". */
    public void ignoreInHints(long gapId) {
        this.editedGapId = gapId;
    }

    public String showProblems(InvalidInputException e) {
        return messages.show(e);
    }

    private void showSimilar(String text) {
        similar.removeAll();
        if (text == null || text.strip().length() < 3) {
            return;
        }
        var matches = similarGaps.apply(text).stream().filter(m -> m.id() != editedGapId).limit(5).toList();
        if (matches.isEmpty()) {
            return;
        }
        var intro = new Span("Similar open gaps — vote for one of these instead of logging it again:");
        intro.addClassName("planner-muted");
        similar.add(intro);
        matches.forEach(m -> similar.add(new Div(new Span("#" + m.id() + " " + m.title() + " (" + m.status().label() + ")"))));
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static class SaveEvent extends ComponentEvent<GapForm> {
        private final GapDraft draft;

        SaveEvent(GapForm source, GapDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public GapDraft draft() {
            return draft;
        }
    }

    public static class CancelEvent extends ComponentEvent<GapForm> {
        CancelEvent(GapForm source) {
            super(source, false);
        }
    }

    /** The form's working copy; tags are typed as one comma-separated line. */
    public static class Draft {
        private String title = "";
        private String description = "";
        private GapSource source;
        private String sourceReference = "";
        private Urgency urgency;
        private String tags = "";
        private Set<SessionFormat> formats = Set.of();
        private boolean confidential;

        static Draft of(GapDraft d) {
            var draft = new Draft();
            draft.title = d.title() == null ? "" : d.title();
            draft.description = d.description() == null ? "" : d.description();
            draft.source = d.source();
            draft.sourceReference = d.sourceReference() == null ? "" : d.sourceReference();
            draft.urgency = d.urgency();
            draft.tags = String.join(", ", d.tags());
            draft.formats = d.preferredFormats();
            draft.confidential = d.confidential();
            return draft;
        }

        GapDraft toGapDraft() {
            List<String> tagList = Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList();
            return new GapDraft(title, description, source, sourceReference, urgency, tagList, formats, confidential,
                    null, null);
        }

        public String getTitle() { return title; }
        public void setTitle(String v) { title = v; }
        public String getDescription() { return description; }
        public void setDescription(String v) { description = v; }
        public GapSource getSource() { return source; }
        public void setSource(GapSource v) { source = v; }
        public String getSourceReference() { return sourceReference; }
        public void setSourceReference(String v) { sourceReference = v; }
        public Urgency getUrgency() { return urgency; }
        public void setUrgency(Urgency v) { urgency = v; }
        public String getTags() { return tags; }
        public void setTags(String v) { tags = v == null ? "" : v; }
        public Set<SessionFormat> getFormats() { return formats; }
        public void setFormats(Set<SessionFormat> v) { formats = v == null ? Set.of() : v; }
        public boolean isConfidential() { return confidential; }
        public void setConfidential(boolean v) { confidential = v; }
    }
}
