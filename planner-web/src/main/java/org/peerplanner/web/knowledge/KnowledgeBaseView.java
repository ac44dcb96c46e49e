package org.peerplanner.web.knowledge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.knowledge.ArticleCard;
import org.peerplanner.domain.knowledge.ArticleSearch;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.knowledge.SearchPage;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.team.TeamSummary;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.security.CurrentUser;

/**
 * What the team already learned: the team's articles, newest change first, and a search over the
 * articles of all the viewer's teams with the matched words highlighted.
 */
@Route("knowledge")
@PageTitle("Knowledge base · Peer Planner")
@Menu(order = 25, icon = "vaadin:book", title = "Knowledge base")
@PermitAll
public class KnowledgeBaseView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final int RESULTS = 20;

    final TextField search = new TextField();
    final Button newArticle = new Button("New article", VaadinIcon.PLUS.create());
    Grid<ArticleCard> index = new Grid<>();
    final Div results = new Div();
    final Paragraph summary = new Paragraph();

    private final ArticleSearch searcher;
    private final Actor actor;
    private final ZoneId viewerZone;

    public KnowledgeBaseView(ArticleService articles, ArticleSearch searcher, KnowledgeDownloads downloads,
                             PeopleService people, SelectedTeam selectedTeam, CurrentUser user) {
        this.searcher = searcher;
        this.actor = user.actor();
        this.viewerZone = people.timeZone(actor);
        addClassName("planner-page");
        setHeightFull();
        var current = selectedTeam.current();
        if (current.isEmpty()) {
            add(new H2("Knowledge base"), new Paragraph("You are not in a team yet."));
            return;
        }
        TeamSummary team = current.get();
        newArticle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newArticle.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ArticleEditorView.class)));
        var header = new HorizontalLayout(new H2("Knowledge base · " + team.name()), newArticle);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        var links = new HorizontalLayout(downloads.indexXlsx(actor, team));
        links.setAlignItems(FlexComponent.Alignment.CENTER);
        if (team.manageable()) {
            int stale = articles.stale(actor, team.id()).size();
            var staleLink = new RouterLink("Past their review date: " + stale, StaleArticlesView.class);
            staleLink.setId("kb-stale-link");
            links.add(staleLink);
        }

        search.setId("kb-search");
        search.setPlaceholder("Search what your teams learned: words, \"a phrase\", kafka*");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setMaxLength(ArticleSearch.MAX_QUERY);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> runSearch(e.getValue()));

        index = new ArticleIndexGrid(viewerZone);
        index.setItems(articles.index(actor, team.id()));
        results.setId("kb-results");
        results.setWidthFull();
        results.setVisible(false);
        summary.addClassName("planner-muted");
        summary.setId("kb-summary");
        summary.setText(index.getListDataView().getItemCount() + " articles in " + team.name() + ".");
        add(header, links, search, summary, index, results);
        setFlexGrow(1, index);
    }

    /** {@code knowledge?q=kafka} opens with that search, so a search can be shared as a link. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q")
                .filter(q -> !q.isBlank() && index.getParent().isPresent())
                .ifPresent(search::setValue);
    }

    void runSearch(String text) {
        boolean searching = text != null && !text.isBlank();
        index.setVisible(!searching);
        results.setVisible(searching);
        results.removeAll();
        if (!searching) {
            summary.setText(index.getListDataView().getItemCount() + " articles.");
            return;
        }
        SearchPage page = searcher.search(actor, text, 0, RESULTS);
        String count = String.format(Locale.ENGLISH, "%,d%s", page.total(), page.exact() ? "" : "+");
        summary.setText(page.total() == 0 ? "Nothing found in your teams' articles."
                : count + (page.total() == 1 && page.exact() ? " article" : " articles") + " found"
                + (page.total() > RESULTS ? "; the best " + RESULTS + " are shown." : "."));
        page.hits().forEach(hit -> results.add(ArticleIndexGrid.hitCard(hit)));
    }

    static RouteParameters route(long articleId) {
        return new RouteParameters("articleId", String.valueOf(articleId));
    }

    List<ArticleCard> shownArticles() {
        return index.getListDataView().getItems().toList();
    }
}
