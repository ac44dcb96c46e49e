package org.peerplanner.web.outcomes.baseline;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.outcomes.baseline.BaselineFigures;
import org.peerplanner.domain.outcomes.baseline.BaselineImport;
import org.peerplanner.domain.outcomes.baseline.BaselinePage;
import org.peerplanner.domain.outcomes.baseline.BaselineService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.integrations.spreadsheet.BaselineFileReader;
import org.peerplanner.web.common.DateFields;
import org.peerplanner.web.common.Notices;
import org.peerplanner.web.common.Save;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;

/**
 * The selected team's own monthly figures (onboarding days, bug reports), before and after it took up peer learning.
 * Managers type months, import them from a file and set the adoption date; members read.
 */
@Route("outcomes/baseline")
@PageTitle("Outcome baseline · Peer Planner")
@Menu(order = 72, icon = "vaadin:scale", title = "Outcome baseline")
@PermitAll
public class BaselineView extends VerticalLayout {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    final Paragraph adoption = new Paragraph();
    final DatePicker adoptedOn = DateFields.picker("Adoption date");
    final Button saveAdoption = new Button("Set adoption date");
    final Button resetAdoption = new Button("Use the first held session");
    final Grid<BaselineFigures> months = new Grid<>();
    final VerticalLayout chartPlace = new VerticalLayout();
    MonthEditor editor;
    BaselineImportPanel importPanel;

    private final BaselineService baseline;
    private final Actor actor;
    private final long teamId;

    public BaselineView(BaselineService baseline, BaselineImport imports, BaselineFileReader reader,
                        SelectedTeam selectedTeam, CurrentUser user) {
        this.baseline = baseline;
        this.actor = user.actor();
        addClassName("planner-page");
        TeamSummary team = selectedTeam.current().orElse(null);
        teamId = team == null ? -1 : team.id();
        if (team == null) {
            add(new H2("Outcome baseline"), new Paragraph("You are not in a team yet."));
            return;
        }
        BaselinePage page = baseline.page(actor, teamId);
        chartPlace.setPadding(false);
        months.addColumn(f -> MonthEditor.MONTH.format(f.month())).setHeader("Month").setAutoWidth(true);
        months.addColumn(f -> f.onboardingDays() == null ? "" : f.onboardingDays().toString())
                .setHeader("Onboarding days").setAutoWidth(true);
        months.addColumn(f -> f.bugReports() == null ? "" : f.bugReports().toString()).setHeader("Bug reports")
                .setAutoWidth(true);
        months.setAriaLabel("Monthly figures");
        months.setHeight("24em");
        add(new H2("Outcome baseline: " + team.name()), new Paragraph("The figures the team already keeps, month by"
                + " month, compared before and after it took up peer learning. The team's own numbers, nothing else."),
                chartPlace, adoption);
        if (page.viewerMayEdit()) {
            editor = new MonthEditor(page.thisMonth(),
                    row -> change(() -> baseline.record(actor, teamId, row, editor.versionOf(row.month())), "Month saved."),
                    month -> change(() -> baseline.remove(actor, teamId, month), "Month removed."));
            months.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(editor::edit));
            importPanel = new BaselineImportPanel(reader, rows -> imports.preview(actor, teamId, rows),
                    rows -> Save.run(() -> imports.commit(actor, teamId, rows),
                            p -> p.getMessage() + " Nothing was imported.").map(this::imported).orElse(false));
            saveAdoption.addClickListener(e -> change(() -> baseline.setAdoption(actor, teamId, adoptedOn.getValue()),
                    "Adoption date set."));
            resetAdoption.addClickListener(e -> change(() -> baseline.setAdoption(actor, teamId, null),
                    "The adoption date is the first held session again."));
            var adoptionRow = new HorizontalLayout(adoptedOn, saveAdoption, resetAdoption);
            adoptionRow.setWrap(true);
            adoptionRow.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(adoptionRow, new H3("Monthly figures"), months, editor, importPanel);
        } else {
            add(new H3("Monthly figures"), months);
        }
        show(page);
    }

    private void change(Runnable command, String done) {
        if (Save.run(command, Save.FieldProblems.NONE, done)) {
            show(baseline.page(actor, teamId));
        }
    }

    private boolean imported(int written) {
        Notices.done(written + (written == 1 ? " month" : " months") + " imported.");
        show(baseline.page(actor, teamId));
        return true;
    }

    private void show(BaselinePage page) {
        chartPlace.removeAll();
        chartPlace.add(new BeforeAfterChart(page.comparisons()));
        adoption.setText(page.adoptedOn() == null
                ? "No adoption date yet: it becomes the team's first held session, or a manager sets one."
                : "Adoption date: " + DAY.format(page.adoptedOn()) + (page.adoptionSet() ? " (set by a manager)."
                        : " (the team's first held session)."));
        adoptedOn.setValue(page.adoptedOn());
        adoptedOn.setMax(page.thisMonth().atEndOfMonth());
        months.setItems(page.months().reversed());
        if (editor != null) {
            editor.recorded(page.months());
        }
    }
}
