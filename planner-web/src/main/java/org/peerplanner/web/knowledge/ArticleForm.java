package org.peerplanner.web.knowledge;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerplanner.web.common.AccessibleTabs;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.knowledge.Article;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleMarkdown;
import org.peerplanner.web.common.DateFields;
import org.peerplanner.web.common.FieldMessages;
import org.peerplanner.web.common.Option;

/**
 * The fields of an article and its Markdown, written in one tab and previewed (sanitized, as it will show) in the
 * other. The tabs only switch visibility: the text area stays attached, so nothing typed is ever dropped.
 */
class ArticleForm extends VerticalLayout {

    final TextField title = new TextField("Title");
    final TextField tags = new TextField("Tags (comma separated)");
    final DatePicker reviewBy = DateFields.picker("Review by");
    final MultiSelectComboBox<Option> sessions = new MultiSelectComboBox<>("Sessions it came from");
    final MultiSelectComboBox<Option> gaps = new MultiSelectComboBox<>("Gaps it addresses");
    final TextArea materials = new TextArea("Materials (one per line: label and link)");
    final TextArea body = new TextArea();
    final Div preview = new Div();
    final Tab writeTab = new Tab("Write");
    final Tab previewTab = new Tab("Preview");
    final Tabs tabs = new AccessibleTabs(writeTab, previewTab);
    private final FieldMessages messages = new FieldMessages();

    ArticleForm() {
        setPadding(false);
        title.setMaxLength(Article.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        tags.setPlaceholder("Kafka, Operations");
        sessions.setItemLabelGenerator(Option::label);
        gaps.setItemLabelGenerator(Option::label);
        materials.setPlaceholder("Slides https://slides.example.com/kafka");
        body.setWidthFull();
        body.setMinHeight("22em");
        body.setMaxLength(Article.MAX_BODY);
        body.setPlaceholder("# What we learned\n\nMarkdown: **bold**, `code`, lists, tables, [links](https://…)");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> refreshPreview());
        preview.setId("article-preview");
        preview.addClassName("kb-preview");
        preview.setVisible(false);
        tabs.addSelectedChangeListener(e -> {
            boolean previewing = e.getSelectedTab() == previewTab;
            body.setVisible(!previewing);
            preview.setVisible(previewing);
            refreshPreview();
        });
        messages.bind("title", title).bind("body", body).bind("tags", tags).bind("reviewBy", reviewBy)
                .bind("sessionIds", sessions).bind("gapIds", gaps).bind("materials", materials);
        var form = new FormLayout(title, tags, reviewBy, sessions, gaps, materials);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(title, 2);
        form.setColspan(materials, 3);
        add(form, tabs, body, preview);
    }

    void choices(List<Option> sessionChoices, List<Option> gapChoices) {
        sessions.setItems(sessionChoices);
        gaps.setItems(gapChoices);
    }

    void fill(ArticleDraft draft) {
        title.setValue(draft.title());
        tags.setValue(String.join(", ", draft.tags()));
        reviewBy.setValue(draft.reviewBy());
        select(sessions, draft.sessionIds());
        select(gaps, draft.gapIds());
        materials.setValue(MaterialLines.format(draft.materials()));
        body.setValue(draft.body());
    }

    private static void select(MultiSelectComboBox<Option> box, Set<Long> ids) {
        box.setValue(box.getListDataView().getItems().filter(o -> ids.contains(o.id())).collect(Collectors.toSet()));
    }

    void refreshPreview() {
        preview.removeAll();
        String html = ArticleMarkdown.toSafeHtml(body.getValue());
        preview.add(html.isEmpty() ? new Paragraph("Nothing to preview yet.") : SafeContent.block(html, "kb-markdown"));
    }

    /** What was typed as a draft; empty (with the field marked) when a date or a material line cannot be read. */
    Optional<ArticleDraft> draft() {
        messages.clear();
        if (DateFields.refuseUnreadable(reviewBy,
                "That is not a date: pick one from the calendar, or leave it empty for no review date.")) {
            return Optional.empty();
        }
        var parsed = MaterialLines.parse(materials.getValue());
        if (parsed.isEmpty()) {
            materials.setErrorMessage("Write each material as a label followed by its link, like: Slides https://…");
            materials.setInvalid(true);
            return Optional.empty();
        }
        List<String> tagList = Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
        return Optional.of(new ArticleDraft(title.getValue(), body.getValue(), tagList, reviewBy.getValue(),
                sessions.getValue().stream().map(Option::id).collect(Collectors.toSet()),
                gaps.getValue().stream().map(Option::id).collect(Collectors.toSet()), parsed.get()));
    }

    /** A problem with the text brings the write tab back, so the message next to it is seen. */
    String showProblems(InvalidInputException problem) {
        if (problem.fieldErrors().containsKey("body")) {
            tabs.setSelectedTab(writeTab);
        }
        return messages.show(problem);
    }
}
