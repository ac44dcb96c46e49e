package org.peerplanner.web.action;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import org.peerplanner.web.common.AccessibleTabs;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.domain.action.ActionItemStatus;
import org.peerplanner.domain.action.ActionItemView;
import org.peerplanner.domain.action.ReviewOrder;
import org.peerplanner.domain.gap.GapBoardService;
import org.peerplanner.domain.gap.GapFilter;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.common.Option;
import org.springframework.data.domain.PageRequest;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;

/**
 * What came of each session: every action item of the team, overdue first, grouped by the session it came from
 * or by owner. Items are read once (a fixed number of queries, whatever their number) and re-sorted here.
 */
@Route("team-review")
@PageTitle("Team review · Peer Planner")
@Menu(order = 45, icon = "vaadin:clipboard-check", title = "Team review")
@PermitAll
public class TeamReviewView extends VerticalLayout {

    final Tabs order = new AccessibleTabs(new Tab("By session"), new Tab("By owner"));
    final Checkbox openOnly = new Checkbox("Open only");
    final Grid<ActionItemView> grid = ItemGrid.create();
    final Paragraph summary = new Paragraph();
    final Button forGap = new Button("Action item for a gap…", VaadinIcon.PLUS.create());

    private final ActionItemQueries queries;
    private final Actor actor;
    private TeamSummary team;
    private List<ActionItemView> items = List.of();

    public TeamReviewView(ActionItemQueries queries, ItemActions actions, ActionItemDownloads downloads,
                          ActionItemService service, GapBoardService gaps, SelectedTeam selectedTeam, CurrentUser user) {
        this.queries = queries;
        this.actor = user.actor();
        addClassName("planner-page");
        var current = selectedTeam.current();
        if (current.isEmpty()) {
            add(new H2("Team review"), new Paragraph("You are not in a team yet."));
            return;
        }
        team = current.get();
        summary.setId("team-review-summary");
        grid.addColumn(ActionItemView::source).setHeader("From").setFlexGrow(2).setKey("source")
                .setTooltipGenerator(ActionItemView::source);
        grid.addColumn(ActionItemView::ownerName).setHeader("Owner").setFlexGrow(1).setKey("owner")
                .setTooltipGenerator(ActionItemView::ownerName);
        ItemGrid.description(grid);
        ItemGrid.rest(grid, actor, actions, this::refresh);
        order.addSelectedChangeListener(e -> show());
        openOnly.addValueChangeListener(e -> show());
        forGap.setVisible(team.manageable());
        forGap.addClickListener(e -> new GapItemDialog(actor, service, openGaps(gaps), actions.members(actor, team.id()),
                this::refresh).open());
        var header = new HorizontalLayout(new H2("Team review · " + team.name()), forGap, downloads.xlsxLink(actor, team));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        add(header, summary, new HorizontalLayout(order, openOnly), grid);
        refresh();
    }

    void refresh() {
        items = queries.teamReview(actor, team.id(), ReviewOrder.BY_SESSION);
        long open = count(ActionItemStatus.OPEN);
        summary.setText(items.isEmpty() ? "No action items yet: they are written down when a session is wrapped up."
                : open + " open (" + items.stream().filter(ActionItemView::overdue).count() + " overdue), "
                + count(ActionItemStatus.DONE) + " done, " + count(ActionItemStatus.DROPPED) + " dropped."
                + carriedTwice(items.stream().filter(i -> i.open() && i.sessionsOnAgenda() >= 2).count()));
        show();
    }

    private void show() {
        boolean byOwner = order.getSelectedIndex() == 1;
        grid.getColumnByKey("source").setVisible(!byOwner);
        grid.getColumnByKey("owner").setFlexGrow(byOwner ? 2 : 1);
        // Owner first when grouping by owner: the group leads the row.
        grid.setColumnOrder(byOwner
                ? List.of(grid.getColumnByKey("owner"), grid.getColumnByKey("description"), grid.getColumnByKey("source"),
                        grid.getColumnByKey("due"), grid.getColumnByKey("status"), grid.getColumnByKey("history"),
                        grid.getColumnByKey("actions"))
                : List.of(grid.getColumnByKey("source"), grid.getColumnByKey("description"), grid.getColumnByKey("owner"),
                        grid.getColumnByKey("due"), grid.getColumnByKey("status"), grid.getColumnByKey("history"),
                        grid.getColumnByKey("actions")));
        var sorted = items.stream().filter(i -> !openOnly.getValue() || i.open())
                .sorted((byOwner ? ReviewOrder.BY_OWNER : ReviewOrder.BY_SESSION).comparator()).toList();
        ItemGrid.show(grid, sorted);
    }

    private List<Option> openGaps(GapBoardService gaps) {
        var filter = GapFilter.everything().withStatuses(Set.of(GapStatus.OPEN, GapStatus.PLANNED));
        return gaps.board(actor, team.id(), filter, PageRequest.of(0, 500)).stream()
                .map(c -> new Option(c.id(), "#" + c.id() + " " + c.title())).toList();
    }

    private static String carriedTwice(long count) {
        return count == 0 ? "" : count == 1 ? " 1 open item has been on two or more agendas."
                : " " + count + " open items have been on two or more agendas.";
    }

    private long count(ActionItemStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    List<ActionItemView> shownItems() {
        return grid.getListDataView().getItems().toList();
    }
}
