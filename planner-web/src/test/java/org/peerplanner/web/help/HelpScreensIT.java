package org.peerplanner.web.help;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.help.HelpAnswers;
import org.peerplanner.domain.help.HelpAsk;
import org.peerplanner.domain.help.HelpKind;
import org.peerplanner.domain.help.HelpRequests;
import org.peerplanner.domain.help.HelpStatus;
import org.peerplanner.domain.help.HelpUrgency;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.home.HomeWorld;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Asking, the board, and a request's page, without a browser. */
@SpringBootTest
@UsePlannerTestDatabase
@ActiveProfiles("demo")
class HelpScreensIT extends SpringBrowserlessTest {

    @Autowired
    WebFixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    HelpRequests requests;
    @Autowired
    HelpAnswers answers;

    String askerEmail;
    Actor asker;
    String helperEmail;
    Actor helper;

    @BeforeEach
    void people() {
        askerEmail = fixtures.newMember("Payments Platform", "Ana Asker");
        asker = new Actor(fixtures.personId(askerEmail), false);
        helperEmail = fixtures.newMember("Payments Platform", "Hugo Helper");
        helper = new Actor(fixtures.personId(helperEmail), false);
    }

    @AfterEach
    void signOut() {
        HomeWorld.signOut();
    }

    @Test
    void anEmptyTitleIsRefusedByItsFieldAndAGoodRequestOpensItsPage() {
        HomeWorld.signIn(users, askerEmail);
        var view = navigate(AskForHelpView.class);

        test(view.send).click();
        assertThat(view.title.isInvalid()).isTrue();
        assertThat(requests.mine(asker)).isEmpty();

        test(view.title).setValue("Kafka consumer lag after deploy");
        test(view.details).setValue("It starts at **9:00**.");
        test(view.tags).setValue("Kafka, Observability");
        test(view.send).click();

        var page = $(HelpRequestView.class).single();
        assertThat(page.title.getText()).isEqualTo("Kafka consumer lag after deploy");
        assertThat(page.details.getElement().getChild(0).getProperty("innerHTML", ""))
                .as("sanitised Markdown").isNotNull();
        assertThat(page.routing.getElement().getTextRecursively()).contains("Who was asked, and why", "Kafka".toLowerCase());
    }

    @Test
    void scriptMarkupInDetailsIsRefusedWithAMessageAndNothingIsWritten() {
        HomeWorld.signIn(users, askerEmail);
        var view = navigate(AskForHelpView.class);
        test(view.title).setValue("Why does this not run?");
        test(view.details).setValue("<script>alert('x')</script>");
        test(view.send).click();

        assertThat(view.details.isInvalid()).isTrue();
        assertThat(view.details.getErrorMessage()).contains("Scripts");
        assertThat(requests.mine(asker)).isEmpty();
    }

    @Test
    void aHelperAnswersOnThePageAndTheAskerMarksItAsTheOneThatHelped() {
        long id = requests.ask(asker, fixtures.teamId("Payments Platform"), HelpAsk.of(HelpKind.INFORMATION,
                "How do I rerun one failed CI job?", "", List.of(), HelpUrgency.WHENEVER));
        HomeWorld.signIn(users, helperEmail);
        var board = navigate(HelpBoardView.class);
        assertThat(board.others.getElement().getTextRecursively()).contains("How do I rerun one failed CI job?");

        var page = navigate(HelpRequestView.class, java.util.Map.of("requestId", String.valueOf(id)));
        assertThat(page.close.isVisible()).isFalse();
        test(page.reply).setValue("Use **Re-run failed jobs** on the run's page.");
        test(page.send).click();
        assertThat(page.thread.getElement().getTextRecursively()).contains("Hugo Helper");
        assertThat(requests.page(helper, id).thread()).singleElement()
                .satisfies(e -> assertThat(e.html()).contains("<strong>Re-run failed jobs</strong>"));

        HomeWorld.signOut();
        HomeWorld.signIn(users, askerEmail);
        navigate(HelpBoardView.class); // the router reuses a view on the same route: leave it, so the asker gets their own
        page = navigate(HelpRequestView.class, java.util.Map.of("requestId", String.valueOf(id)));
        var item = $(ThreadItem.class, page.thread).first();
        test(item.helped).click();

        assertThat(requests.page(asker, id).status()).isEqualTo(HelpStatus.SOLVED);
        assertThat(page.article.isVisible()).isTrue();
        assertThat(page.facts.getText()).contains("Solved");
    }

    @Test
    void aConfidentialRequestIsNotFoundByEditedUrlForOthers() {
        String otherEmail = fixtures.newMember("Payments Platform", "Olga Other");
        long id = requests.ask(asker, fixtures.teamId("Payments Platform"), HelpAsk.of(HelpKind.SPECIFIC_HELP,
                "A private worry", "", List.of(), HelpUrgency.WHENEVER).confidentialFor(java.util.Set.of(helper.personId())));
        HomeWorld.signIn(users, otherEmail);

        var page = navigate(HelpRequestView.class, java.util.Map.of("requestId", String.valueOf(id)));

        assertThat(page.getElement().getTextRecursively()).doesNotContain("A private worry");
        assertThat(navigate(HelpBoardView.class).getElement().getTextRecursively()).doesNotContain("A private worry");
    }
}
