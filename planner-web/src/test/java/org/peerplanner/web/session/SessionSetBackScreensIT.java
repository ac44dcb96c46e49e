package org.peerplanner.web.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.recognition.ContributionKinds;
import org.peerplanner.domain.recognition.MyContributions;
import org.peerplanner.domain.recognition.Source;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.session.SessionHoldingService;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.common.NotFoundNotice;
import org.peerplanner.web.layout.SelectedTeam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * "Set back" on a held session's page: whoever may hold it (the team's managers, the session's facilitator) undoes a
 * "held" given by mistake after a confirmation that says what happens, and the ledger entries holding wrote go with
 * it (issue #14). Another team's manager is told the session does not exist.
 */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class SessionSetBackScreensIT extends SpringBrowserlessTest {

    @Autowired
    SessionService sessions;
    @Autowired
    SessionHoldingService holding;
    @Autowired
    MyContributions contributions;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    ApplicationContext context;

    private long payments;
    private Actor maria;
    private Actor jonas;

    @BeforeEach
    void paymentsPlatform() {
        payments = fixtures.teamId("Payments Platform");
        maria = new Actor(fixtures.personId("maria@example.com"), false);
        jonas = new Actor(fixtures.personId("jonas@example.com"), false);
        context.getBean(SelectedTeam.class).select(payments);
    }

    /** A lunch & learn Jonas led last year, marked held by Maria (his manager): the ledger has his "led" entry. */
    private long heldSessionLedByJonas() {
        var start = ZonedDateTime.of(2025, 5, 6, 12, 30, 0, 0, ZoneId.of("Europe/Berlin"));
        long id = sessions.schedule(maria, payments, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN,
                "Lunch & learn: held by mistake " + System.nanoTime(), start, jonas.personId())).id();
        holding.hold(maria, id, "Nothing: it did not take place.");
        assertThat(ledEntries(id)).as("holding wrote Jonas's entry").isEqualTo(1);
        return id;
    }

    private long ledEntries(long sessionId) {
        return contributions.page(jonas, null).entries().stream()
                .filter(e -> e.source().type().equals(Source.SESSION) && e.source().id() == sessionId)
                .filter(e -> e.kind().equals(ContributionKinds.SESSION_LED)).count();
    }

    /** The page's button, shown or not (a query by id finds visible components only). */
    private Button setBack() {
        return $(SessionButtons.class).single().setBack;
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void theFacilitatorSetsAHeldSessionBackAfterAConfirmationAndTheLedgerEntryIsGone() {
        long id = heldSessionLedByJonas();
        var view = navigate("sessions/" + id, SessionView.class);
        assertThat(setBack().isVisible()).isTrue();

        test(setBack()).click();
        var dialog = $(SetBackDialog.class).single();
        assertThat(dialog.getHeaderTitle()).startsWith("Set back “Lunch & learn: held by mistake");
        assertThat(dialog.getElement().getTextRecursively())
                .contains("upcoming again", "removed from the ledger", "gaps stay addressed", "Takeaways and materials are kept");
        test(dialog.dismiss).click();
        assertThat(sessions.details(jonas, id).status()).as("Back changes nothing").isEqualTo(SessionStatus.HELD);

        test(setBack()).click();
        test($(SetBackDialog.class).single().confirm).click();

        assertThat(sessions.details(jonas, id).status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(ledEntries(id)).as("the ledger entry holding wrote is reversed").isZero();
        assertThat(test($(Notification.class).last()).getText()).contains("Set back: the session is planned again");
        assertThat(view.shown().status()).as("the page shows the session as it is now").isEqualTo(SessionStatus.PLANNED);
        assertThat(setBack().isVisible()).isFalse();
        assertThat(view.hold.isVisible()).as("it can be held again").isTrue();
    }

    @Test
    @WithUserDetails("maria@example.com")
    void theTeamsManagerMaySetBackASessionSheDoesNotLead() {
        long id = heldSessionLedByJonas();
        navigate("sessions/" + id, SessionView.class);

        test(setBack()).click();
        test($(SetBackDialog.class).single().confirm).click();

        assertThat(sessions.details(maria, id).status()).isEqualTo(SessionStatus.PLANNED);
        assertThat(ledEntries(id)).isZero();
    }

    @Test
    @WithUserDetails("zoe@example.com")
    void aMemberWhoNeitherLeadsNorManagesIsNotOfferedItAndIsRefused() {
        long id = heldSessionLedByJonas();
        navigate("sessions/" + id, SessionView.class);

        assertThat(setBack().isVisible()).isFalse();
        var zoe = new Actor(fixtures.personId("zoe@example.com"), false);
        assertThatThrownBy(() -> holding.setBack(zoe, id)).isInstanceOf(NotPermittedException.class);
        assertThat(ledEntries(id)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("daniel@example.com")
    void anotherTeamsManagerIsToldTheSessionDoesNotExistAndNothingChanges() {
        long id = heldSessionLedByJonas();
        var daniel = new Actor(fixtures.personId("daniel@example.com"), false);

        assertThatThrownBy(() -> holding.setBack(daniel, id)).isInstanceOf(NotFoundException.class);
        navigate("sessions/" + id, SessionView.class);
        assertThat($(NotFoundNotice.class).all()).hasSize(1);
        assertThat($(SessionButtons.class).all()).as("no buttons at all on the not-found page").isEmpty();

        assertThat(sessions.details(maria, id).status()).isEqualTo(SessionStatus.HELD);
        assertThat(ledEntries(id)).isEqualTo(1);
    }
}
