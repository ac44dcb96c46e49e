package org.peerplanner.web.gap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.peerplanner.domain.gap.GapDetails;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.knowledge.LinkedArticle;
import org.peerplanner.domain.session.SessionCard;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.web.common.Badge;

/** Everything about one gap, and the buttons for what the viewer may do with it. */
class GapDetailsPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SESSION_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    final Button vote = new Button();
    final Button offer = new Button();
    final Button edit = new Button("Edit");
    final Button close = new Button("Close…");
    final Button decline = new Button("Decline…");
    final Button reopen = new Button("Reopen…");
    final Button merge = new Button("Merge into…");

    private H4 historyHeading = new H4("History");

    GapDetailsPanel() {
        addClassNames("planner-card", "planner-detail-pane");
        setSpacing(false);
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (Button b : new Button[] {edit, close, decline, reopen, merge}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
    }

    void show(GapDetails gap, ZoneId viewerZone) {
        removeAll();
        var title = new H3("#" + gap.id() + " " + gap.title());
        title.setId("gap-title");
        add(title, badges(gap));
        add(new Paragraph(gap.description() == null ? "No description yet." : gap.description()));
        add(line("From", gap.source().label() + (gap.sourceReference() == null ? "" : " · " + gap.sourceReference())));
        add(line("Reported", gap.reporterName() + " on " + gap.reportedOn()));
        add(line("Priority", gap.priority() + " (" + gap.votes() + " votes"
                + (gap.importedVotes() > 0 ? ", " + gap.importedVotes() + " from the retro" : "") + ")"));
        if (!gap.tags().isEmpty()) {
            add(line("Skills", String.join(", ", gap.tags())));
        }
        if (!gap.preferredFormats().isEmpty()) {
            add(line("Formats", gap.preferredFormats().stream().map(SessionFormat::label).sorted()
                    .collect(Collectors.joining(", "))));
        }
        if (gap.sessionReference() != null) {
            add(line("Session", gap.sessionReference()));
        }
        add(actions(gap));
        add(new H4("Who can teach it"));
        if (gap.offers().isEmpty()) {
            add(muted("Nobody has offered yet."));
        }
        gap.offers().forEach(o -> add(new Paragraph(o.personName() + (o.note() == null ? "" : ": “" + o.note() + "”"))));
        historyHeading = new H4("History");
        add(historyHeading);
        gap.history().forEach(h -> add(historyLine(h, viewerZone)));
    }

    /** The sessions that address the gap, each linking to its page, in date order. */
    void showSessions(List<SessionCard> sessions, ZoneId viewerZone) {
        var section = new Div(new H4("Linked sessions"));
        section.setId("gap-sessions");
        if (sessions.isEmpty()) {
            section.add(muted("No session addresses this gap yet."));
        }
        for (SessionCard s : sessions) {
            var link = new Anchor("sessions/" + s.id(), s.title());
            var when = new Span(" · " + SESSION_DAY.format(s.start().withZoneSameInstant(viewerZone)) + " · "
                    + s.status().label());
            when.addClassName("planner-muted");
            section.add(new Div(link, when));
        }
        addComponentAtIndex(Math.max(0, indexOf(historyHeading)), section);
    }

    /** Articles linking the gap; with {@code closable}, a button per article closes the gap with it as evidence. */
    void showArticles(List<LinkedArticle> articles, boolean closable, Consumer<LinkedArticle> closeWith) {
        var section = new Div(new H4("Articles"));
        section.setId("gap-articles");
        if (articles.isEmpty()) {
            section.add(muted("No article links this gap yet."));
        }
        for (LinkedArticle article : articles) {
            var line = new Div(new Anchor("knowledge/" + article.id(), article.title()));
            if (closable) {
                var close = new Button("Close with this article as evidence", e -> closeWith.accept(article));
                close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                close.getStyle().set("margin-left", "var(--lumo-space-s)");
                line.add(close);
            }
            section.add(line);
        }
        addComponentAtIndex(Math.max(0, indexOf(historyHeading)), section);
    }

    private FlexLayout badges(GapDetails gap) {
        var row = new FlexLayout();
        row.add(Badge.of(gap.status().label(), gap.status().isOpen() ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL));
        row.add(Badge.of(gap.urgency().label() + " urgency",
                gap.urgency().name().equals("HIGH") ? Badge.Tone.ERROR : Badge.Tone.NEUTRAL));
        if (gap.confidential()) {
            row.add(Badge.of("Confidential", Badge.Tone.WARNING));
        }
        if (gap.mergedIntoId() != null) {
            row.add(Badge.of("Merged into #" + gap.mergedIntoId(), Badge.Tone.NEUTRAL));
        }
        return row;
    }

    private Div actions(GapDetails gap) {
        var may = gap.viewerMay();
        vote.setText(gap.hasMyVote() ? "Take back my vote" : "Me too");
        vote.setVisible(may.vote());
        offer.setText(gap.haveIOffered() ? "Withdraw my offer" : "I can teach this");
        offer.setVisible(may.offer());
        edit.setVisible(may.revise());
        boolean managing = may.manage() && gap.mergedIntoId() == null;
        close.setVisible(managing && gap.status() != GapStatus.CLOSED && gap.status() != GapStatus.DECLINED);
        decline.setVisible(managing && (gap.status() == GapStatus.OPEN || gap.status() == GapStatus.PLANNED));
        reopen.setVisible(managing && (gap.status() == GapStatus.CLOSED || gap.status() == GapStatus.DECLINED));
        merge.setVisible(managing && gap.status().isOpen());
        var box = new Div(vote, offer, edit, close, decline, reopen, merge);
        box.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("margin", "var(--lumo-space-s) 0");
        return box;
    }

    private static Paragraph historyLine(org.peerplanner.domain.gap.GapHistoryItem h, ZoneId zone) {
        String change = h.event().label() + (h.fromStatus() != null && h.toStatus() != null && h.fromStatus() != h.toStatus()
                ? " (" + h.fromStatus().label() + " → " + h.toStatus().label() + ")" : "");
        var p = new Paragraph(WHEN.format(h.at().atZone(zone)) + " · " + (h.personName() == null ? "someone" : h.personName())
                + " · " + change + (h.note() == null ? "" : ": " + h.note()));
        p.addClassName("planner-muted");
        return p;
    }

    private static Paragraph line(String label, String value) {
        var p = new Paragraph();
        var l = new Span(label + ": ");
        l.getStyle().set("font-weight", "600");
        p.add(l, new Span(value));
        p.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return p;
    }

    private static Paragraph muted(String text) {
        var p = new Paragraph(text);
        p.addClassName("planner-muted");
        return p;
    }
}
