package org.peerplanner.web.mentoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.peerplanner.web.common.DateFields;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.mentoring.MentorshipPage;
import org.peerplanner.domain.mentoring.Mentorships;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.security.CurrentUser;

/** One mentorship, for its two people only: rhythm, goal, next meeting, shared notes, pause and end. */
@Route("mentorships/:mentorshipId([0-9]+)")
@PageTitle("Mentorship · Peer Planner")
@PermitAll
public class MentorshipView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm '('VV')'", Locale.ENGLISH);

    final H2 title = new H2();
    final Paragraph rhythm = new Paragraph();
    final Paragraph state = new Paragraph();
    final TextArea notes = new TextArea("Shared notes (only the two of you)");
    final Button saveNotes = new Button("Save notes");
    final DatePicker pauseUntil = DateFields.picker("Pause until");
    final Button resume = new Button("Resume");
    final Button end = new Button("End mentorship");

    private final Mentorships mentorships;
    private final Actor actor;
    private final LocalDate today;
    private MentorshipPage page;

    public MentorshipView(Mentorships mentorships, CurrentUser user, Clock clock) {
        this.mentorships = mentorships;
        this.actor = user.actor();
        this.today = LocalDate.now(clock);
        addClassName("planner-page");
        notes.setMaxLength(4000);
        notes.setWidthFull();
        pauseUntil.setMin(today.plusDays(1));
        saveNotes.addClickListener(e -> run(() -> mentorships.writeNotes(actor, page.id(), page.version(),
                notes.getValue()), "Notes saved."));
        pauseUntil.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                run(() -> mentorships.pauseUntil(actor, page.id(), page.version(), e.getValue()), "Paused.");
            }
        });
        resume.addClickListener(e -> run(() -> mentorships.resume(actor, page.id(), page.version()), "Resumed."));
        end.addClickListener(e -> new EndDialog(mentorships, actor, page,
                page.viewerIsMentor() ? page.menteeName() : page.mentorName(), () -> show(page.id())).open());
        var actions = new HorizontalLayout(pauseUntil, resume, end);
        actions.setWrap(true);
        actions.setAlignItems(Alignment.BASELINE);
        add(title, rhythm, state, notes, saveNotes, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("mentorshipId").orElse(-1L);
        try {
            show(id);
        } catch (NotFoundException e) {
            removeAll();
            add(new NotFoundNotice("This mentorship", "Back to my mentoring", MyMentoringView.class));
        }
    }

    private void show(long id) {
        page = mentorships.page(actor, id);
        title.setText((page.viewerIsMentor() ? "Mentoring " + page.menteeName() : "Mentored by " + page.mentorName())
                + " · " + page.goal());
        rhythm.setText(page.rhythmText() + (page.plan().videoLink() == null ? "" : " · " + page.plan().videoLink()));
        state.setText(page.endedMessage() != null ? page.endedMessage() + (page.ownEndReason() == null ? ""
                : " Your private note: " + page.ownEndReason())
                : page.nextMeeting() == null ? page.state().label() : "Next meeting: " + NEXT.format(page.nextMeeting()));
        notes.setValue(page.sharedNotes() == null ? "" : page.sharedNotes());
        notes.setReadOnly(!page.viewerMayWriteNotes());
        saveNotes.setVisible(page.viewerMayWriteNotes());
        pauseUntil.setVisible(page.viewerMayPause());
        pauseUntil.clear();
        resume.setVisible(page.viewerMayResume());
        end.setVisible(page.viewerMayEnd());
    }

    private void run(Runnable command, String done) {
        Save.run(command, Save.FieldProblems.NONE, done);
        show(page.id());
    }
}
