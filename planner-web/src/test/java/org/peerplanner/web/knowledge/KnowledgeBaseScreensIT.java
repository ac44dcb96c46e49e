package org.peerplanner.web.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.knowledge.ArticleCard;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.DatePickers;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.layout.SelectedTeam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The knowledge base screens of the demo's Payments Platform team. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class KnowledgeBaseScreensIT extends SpringBrowserlessTest {

    @Autowired
    TestClock clock;
    @Autowired
    ArticleService articles;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    org.peerplanner.domain.session.SessionService sessions;
    @Autowired
    org.peerplanner.domain.session.SessionHoldingService holding;
    @Autowired
    ApplicationContext context;

    private long payments;
    private Actor maria;

    @BeforeEach
    void paymentsPlatform() {
        payments = fixtures.teamId("Payments Platform");
        maria = new Actor(fixtures.personId("maria@example.com"), false);
        context.getBean(SelectedTeam.class).select(payments);
    }

    private long article(String title, String body) {
        return articles.create(maria, payments, new ArticleDraft(title, body, List.of("test"), LocalDate.now(clock).plusMonths(1),
                Set.of(), Set.of(), List.of())).id();
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void theIndexListsTheTeamsArticlesAndTheSearchHighlightsMatches() {
        var view = navigate(KnowledgeBaseView.class);
        assertThat(view.shownArticles()).hasSizeGreaterThanOrEqualTo(8).extracting(ArticleCard::title)
                .contains("Kafka consumer groups: rebalancing without storms", "Our incident review template")
                .doesNotContain("SwiftUI performance profiling with Instruments");

        test(view.search).setValue("rebalancing");

        assertThat(view.index.isVisible()).isFalse();
        String shown = view.results.getElement().getOuterHTML();
        assertThat(shown).contains("<em>rebalancing</em>").contains("Kafka consumer groups");
        assertThat(view.summary.getText()).endsWith("found.");

        test(view.search).setValue("swiftui");
        assertThat(view.summary.getText()).isEqualTo("Nothing found in your teams' articles.");
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void theEditorPreviewsSanitizedMarkdownAndSavesANewArticle() {
        var editor = navigate("knowledge/edit", ArticleEditorView.class);
        String title = "Notes on retries " + System.nanoTime();
        test(editor.title).setValue(title);
        test(editor.tags).setValue("resilience, http");
        test(editor.body).setValue("# Retries\n\nUse **jitter**.\n\n<script>alert(1)</script><img src=x onerror=alert(1)>");

        editor.tabs.setSelectedTab(editor.previewTab);
        assertThat(editor.body.isVisible()).isFalse();

        String preview = editor.preview.getElement().getOuterHTML();
        assertThat(preview).contains("<h1>Retries</h1>").contains("<strong>jitter</strong>")
                .doesNotContain("<script").doesNotContain("onerror");

        test(editor.save).click();

        var page = (ArticleView) getCurrentView();
        assertThat(page.shown().title()).isEqualTo(title);
        assertThat(page.shown().tags()).containsExactlyInAnyOrder("resilience", "http");
        assertThat(page.shown().html()).doesNotContain("<script");
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void aReviewDateThatIsNotADateIsRefusedInsteadOfSavedAsNone() {
        int before = articles.index(maria, payments).size();
        var editor = navigate("knowledge/edit", ArticleEditorView.class);
        test(editor.title).setValue("Review dates " + System.nanoTime());
        test(editor.body).setValue("Text worth keeping");
        DatePickers.typeUnreadable(editor.reviewBy, "next spring");

        test(editor.save).click();

        assertThat(editor.reviewBy.isInvalid()).isTrue();
        assertThat(editor.reviewBy.getErrorMessage()).startsWith("That is not a date");
        assertThat(editor.body.getValue()).isEqualTo("Text worth keeping");
        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(articles.index(maria, payments)).hasSize(before);
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void anEmptyTitleIsRefusedAndNothingTypedIsLost() {
        int before = articles.index(maria, payments).size();
        var editor = navigate("knowledge/edit", ArticleEditorView.class);
        test(editor.body).setValue("Some text worth keeping");

        test(editor.save).click();

        assertThat(editor.title.isInvalid()).isTrue();
        assertThat(editor.body.getValue()).isEqualTo("Some text worth keeping");
        assertThat(getCurrentView()).isSameAs(editor);
        assertThat(articles.index(maria, payments)).hasSize(before);
    }

    @Test
    @WithUserDetails("aisha@example.com")
    void theHistoryShowsAnEarlierRevisionAndRestoresIt() {
        long id = article("First title", "First body");
        var v1 = articles.details(maria, id);
        articles.revise(maria, id, v1.version(), new ArticleDraft("Second title", "Second body", List.of("test"),
                v1.reviewBy(), Set.of(), Set.of(), List.of()));

        var history = navigate("knowledge/" + id + "/history", ArticleHistoryView.class);

        assertThat(history.revisions.getGenericDataView().getItems().toList()).hasSize(2);
        assertThat($(H3.class, history.snapshot).single().getText()).isEqualTo("First title");
        assertThat(history.restore.isVisible()).isTrue();

        test(history.restore).click();

        var now = articles.details(maria, id);
        assertThat(now.title()).isEqualTo("First title");
        assertThat(now.revision()).isEqualTo(3);
        assertThat(articles.revisions(maria, id).getFirst().authorName()).isEqualTo("Aisha Khan");
    }

    @Test
    @WithUserDetails("maria@example.com")
    void theManagerSeesStaleArticlesAndClosesAnAddressedGapWithAnArticle() {
        var stale = navigate(StaleArticlesView.class);
        assertThat(stale.stale.getGenericDataView().getItems().map(ArticleCard::title).toList())
                .contains("Our incident review template");

        long testcontainers = articles.index(maria, payments).stream()
                .filter(a -> a.title().equals("Testcontainers in practice")).findFirst().orElseThrow().id();
        var page = navigate("knowledge/" + testcontainers, ArticleView.class);
        var gap = page.shown().gaps().getFirst();
        assertThat(gap.closable()).isTrue();

        test($(Button.class).id("close-gap-" + gap.id())).click();

        var after = articles.details(maria, testcontainers).gaps().getFirst();
        assertThat(after.status().name()).isEqualTo("CLOSED");
        assertThat($(Button.class).all()).noneMatch(b -> ("close-gap-" + gap.id()).equals(b.getId().orElse("")));
    }

    @Test
    @WithUserDetails("zoe@example.com")
    void aHeldSessionBecomesAPrefilledArticleInOneClick() {
        // the newest held session the demo wrote up with slides (others, such as a confidential roundtable, differ)
        var held = sessions.past(maria, payments, 50).stream()
                .filter(s -> s.status() == org.peerplanner.domain.session.SessionStatus.HELD)
                .filter(s -> String.valueOf(sessions.details(maria, s.id()).takeaways())
                        .contains("Key points are in the slides"))
                .findFirst().orElseThrow();
        navigate("sessions/" + held.id(), org.peerplanner.web.session.SessionView.class);
        var write = $(Button.class).id("write-article");
        assertThat(write.isVisible()).isTrue();

        test(write).click();

        var editor = (ArticleEditorView) getCurrentView();
        assertThat(editor.title.getValue()).isEqualTo(held.title());
        assertThat(editor.body.getValue()).contains("## Takeaways").contains("Key points are in the slides");
        assertThat(editor.materials.getValue()).contains("Slides https://wiki.example.com/learning/");
        assertThat(editor.sessions.getValue()).extracting(o -> o.id()).containsExactly(held.id());
        test(editor.save).click();

        navigate("sessions/" + held.id(), org.peerplanner.web.session.SessionView.class);
        assertThat($(Button.class).id("write-article").getText()).as("a second click would make a second article")
                .isEqualTo("Write another article");
        assertThat($view(RouterLink.class).all()).extracting(RouterLink::getText).contains(held.title());
    }

    @Test
    @WithUserDetails("maria@example.com")
    void writingUpASessionSavesNothingUntilTheAuthorSavesAndKeepsTheTakeawaysLineByLine() {
        var start = java.time.ZonedDateTime.of(2025, 3, 4, 12, 30, 0, 0, java.time.ZoneId.of("Europe/Berlin"));
        var edit = org.peerplanner.domain.session.SessionEdit.of(org.peerplanner.domain.format.SessionFormat.LUNCH_AND_LEARN,
                        "Lunch & learn: retries " + System.nanoTime(), start, maria.personId())
                .withMaterials(List.of(new org.peerplanner.domain.session.Material("Slides", "https://wiki.example.com/retries")));
        long id = sessions.schedule(maria, payments, edit).id();
        holding.hold(maria, id, "Retries need jitter.\nBudgets cap retries.");
        navigate("sessions/" + id, org.peerplanner.web.session.SessionView.class);

        test($(Button.class).id("write-article")).click();
        var editor = (ArticleEditorView) getCurrentView();

        assertThat(articles.linkedToSession(maria, id)).as("opening the editor saves nothing").isEmpty();
        assertThat(editor.body.getValue()).contains("Retries need jitter.\\\nBudgets cap retries.")
                .doesNotContain("Materials");
        assertThat(editor.materials.getValue()).isEqualTo("Slides https://wiki.example.com/retries");
        test(editor.cancel).click();
        assertThat(articles.linkedToSession(maria, id)).as("Cancel leaves nothing behind").isEmpty();

        navigate("sessions/" + id, org.peerplanner.web.session.SessionView.class);
        test($(Button.class).id("write-article")).click();
        editor = (ArticleEditorView) getCurrentView();
        editor.tabs.setSelectedTab(editor.previewTab);
        assertThat(editor.preview.getElement().getOuterHTML()).containsPattern("Retries need jitter\\.\\s*<br>\\s*Budgets cap retries");
        test(editor.save).click();

        assertThat(articles.linkedToSession(maria, id)).hasSize(1);
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText())
                .isEqualTo("Article saved.");
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void membersDoNotGetTheStaleListAndOutsidersDoNotFindArticles() {
        navigate(StaleArticlesView.class);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("This list is for the team's managers.");

        long mobileArticle = articles.index(new Actor(fixtures.personId("daniel@example.com"), false),
                fixtures.teamId("Mobile Apps")).getFirst().id();
        navigate("knowledge/" + mobileArticle, ArticleView.class);
        assertThat($(H2.class).all()).extracting(H2::getText).contains("This article was not found");
    }
}
