package org.peerplanner.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H3;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.planning.PlanningService;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SwapService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.common.Option;
import org.peerplanner.web.layout.SelectedTeam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** Sessions, the planner and the rota of the demo's Payments Platform team. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class SessionScreensIT extends SpringBrowserlessTest {

    @Autowired
    TestClock clock;
    @Autowired
    SessionService sessions;
    @Autowired
    FacilitationService facilitation;
    @Autowired
    SwapService swaps;
    @Autowired
    PlanningService planning;
    @Autowired
    WebFixtures fixtures;
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

    private long session(String title, Long facilitator) {
        var start = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(10).withHour(12).withMinute(30).withSecond(0).withNano(0);
        return sessions.schedule(maria, payments, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, title, start, facilitator)).id();
    }

    /** Upcoming whatever the test clock says. */
    private long sessionIn2030(String title, Long facilitator) {
        var start = ZonedDateTime.of(2030, 1, 15, 12, 30, 0, 0, ZoneId.of("Europe/Berlin"));
        return sessions.schedule(maria, payments, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, title, start, facilitator)).id();
    }

    @Test
    @WithUserDetails("maria@example.com")
    void upcomingSessionsAreGroupedByWeekAndTheMonthViewShowsThem() {
        var view = navigate(SessionsView.class);

        assertThat($view(H3.class).all()).isNotEmpty().allMatch(h -> h.getText().startsWith("Week of "));
        test(view.tabs).select(2);
        assertThat($view(MonthGrid.class).single().getElement().getTextRecursively()).contains("Lunch & learn");
        test(view.tabs).select(1);
        assertThat($view(H3.class).all()).isNotEmpty();
    }

    @Test
    @WithUserDetails("zoe@example.com")
    void aMemberVolunteersForAnOpenSlot() {
        long id = session("Lunch & learn: open slot " + System.nanoTime(), null);
        var view = navigate("sessions/" + id, SessionView.class);
        assertThat(view.volunteer.isVisible()).isTrue();

        test(view.volunteer).click();

        assertThat(sessions.details(maria, id).facilitator().name()).isEqualTo("Zoë Ångström");
        assertThat(view.volunteer.isVisible()).isFalse();
        assertThat(view.accept.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("aisha@example.com")
    void theProposedFacilitatorAcceptsAndAttendsByDefinition() {
        long id = session("Lunch & learn: accept me " + System.nanoTime(), fixtures.personId("aisha@example.com"));
        var view = navigate("sessions/" + id, SessionView.class);

        test(view.accept).click();
        assertThat($view(com.vaadin.flow.component.html.Anchor.class).id("invite-download").getText())
                .isEqualTo("Add to my calendar (.ics)");

        assertThat(sessions.details(maria, id).status()).isEqualTo(SessionStatus.CONFIRMED);
        assertThat(view.yes.isVisible()).as("a lead does not answer their own invitation").isFalse();
        assertThat(view.getElement().getTextRecursively()).contains("Aisha Khan · Leads the session")
                .doesNotContain("Aisha Khan · No answer yet");
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void theRsvpButtonsShowTheAnswerGiven() {
        long id = sessionIn2030("Lunch & learn: answer me " + System.nanoTime(), fixtures.personId("aisha@example.com"));
        var view = navigate("sessions/" + id, SessionView.class);
        assertThat(view.maybe.getThemeNames()).doesNotContain("primary");

        test(view.maybe).click();

        assertThat(view.maybe.getThemeNames()).contains("primary");
        assertThat(view.maybe.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(view.yes.getThemeNames()).doesNotContain("primary");
        assertThat(view.yes.getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    @WithUserDetails("maria@example.com")
    void holdingIsNotOfferedBeforeTheSessionStarts() {
        long id = sessionIn2030("Lunch & learn: not yet " + System.nanoTime(), maria.personId());
        facilitation.accept(maria, id);

        var view = navigate("sessions/" + id, SessionView.class);

        assertThat(view.hold.isVisible()).isFalse();
        assertThat($view(com.vaadin.flow.component.button.Button.class).all())
                .filteredOn(b -> b.getText().startsWith("Wrap up")).noneMatch(b -> b.isVisible());
    }

    @Test
    @WithUserDetails("maria@example.com")
    void cancellingNeedsAReasonAndNothingChangesWithoutOne() {
        long id = session("Lunch & learn: to cancel " + System.nanoTime(), null);
        var view = navigate("sessions/" + id, SessionView.class);

        test(view.cancel).click();
        var dialog = $(com.vaadin.flow.component.dialog.Dialog.class).last();
        var confirm = $(com.vaadin.flow.component.button.Button.class, dialog).all().stream()
                .filter(b -> b.getText().equals("Cancel session")).findFirst().orElseThrow();
        test(confirm).click();

        assertThat(sessions.details(maria, id).status()).isEqualTo(SessionStatus.PLANNED);
        var reason = $(com.vaadin.flow.component.textfield.TextArea.class, dialog).single();
        assertThat(reason.isInvalid()).isTrue();
        test(reason).setValue("The room is taken by the board meeting.");
        test(confirm).click();
        assertThat(sessions.details(maria, id).status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    @WithUserDetails("maria@example.com")
    void thePlannerShowsReasonsAndAnAdjustmentCanBeResetBeforeAccepting() {
        var view = navigate(PlanView.class);
        var rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).hasSize(4);
        assertThat(rows).allMatch(r -> r.facilitator().map(f -> !f.reasons().isEmpty()).orElse(!r.facilitatorNotes().isEmpty()));
        var firstDate = rows.getFirst().slot().date();
        long base = rows.getFirst().facilitatorId().orElseThrow();
        long other = fixtures.personId(base == fixtures.personId("lukas@example.com") ? "zoe@example.com" : "lukas@example.com");

        view.fixFacilitator(rows.getFirst(), new Option(other, "someone else"));
        var adjusted = view.grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(adjusted.slot().date()).isEqualTo(firstDate);
        assertThat(adjusted.facilitatorId()).contains(other);
        view.reset(adjusted);
        assertThat(view.grid.getGenericDataView().getItems().findFirst().orElseThrow().facilitatorId()).contains(base);

        int before = sessions.upcoming(maria, payments).size();
        test(view.acceptPlan).click();
        assertThat(sessions.upcoming(maria, payments)).hasSize(before + 4);
    }

    @Test
    @WithUserDetails("lukas@example.com")
    void theRotaShowsFairnessFlagsAndAnotherMemberTakesAnOpenSwap() {
        long aisha = fixtures.personId("aisha@example.com");
        long id = session("Lunch & learn: swap me " + System.nanoTime(), aisha);
        swaps.requestSwap(new Actor(aisha, false), id, "Dentist appointment.");
        var view = navigate(RotaView.class);

        assertThat(view.fairness.getGenericDataView().getItems())
                .anySatisfy(r -> {
                    assertThat(r.name()).isEqualTo("Jonas Weber");
                    assertThat(r.overloaded()).isTrue();
                })
                .filteredOn(r -> r.name().equals("Riley Morgan") || r.name().equals("Tomás García"))
                .as("outside the rotation, so not 'never led'").hasSize(2).noneMatch(r -> r.neverFacilitated());
        assertThat(view.from.getI18n().getDateFormats()).as("dates as the app writes them, not 12/1/2026")
                .startsWith("EEE d MMM yyyy");
        assertThat(view.fairness.getColumns().getFirst().getTooltipGenerator()).isNotNull();
        var swap = view.swaps.getGenericDataView().getItems().filter(s -> s.sessionId() == id).findFirst().orElseThrow();
        assertThat(swap.reason()).isEqualTo("Dentist appointment.");

        swaps.takeSwap(new Actor(fixtures.personId("lukas@example.com"), false), id);
        assertThat(sessions.details(maria, id).facilitator().name()).isEqualTo("Lukáš Novák");
    }
}
