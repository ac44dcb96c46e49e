package org.peerplanner.web.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.domain.action.ActionItemStatus;
import org.peerplanner.domain.action.ActionItemView;
import org.peerplanner.domain.action.Outcome;
import org.peerplanner.domain.action.ReviewOrder;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.DatePickers;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.common.NoteDialog;
import org.peerplanner.web.layout.SelectedTeam;
import org.peerplanner.web.common.Option;
import org.peerplanner.web.session.SessionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The wrap-up form, the "how did it go?" list on a session page, and the two review lists, on the demo data. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class ActionItemScreensIT extends SpringBrowserlessTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    TestClock clock;
    @Autowired
    SessionService sessions;
    @Autowired
    ActionItemService actions;
    @Autowired
    ActionItemQueries queries;
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

    private long session(String title, ZonedDateTime start) {
        return sessions.schedule(maria, payments, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, title + " " + System.nanoTime(),
                start, maria.personId())).id();
    }

    private ZonedDateTime daysFromNow(int days) {
        return ZonedDateTime.now(clock.withZone(BERLIN)).plusDays(days).withHour(12).withMinute(30).withSecond(0).withNano(0);
    }

    /**
     * The product's rule for a default due date: the day (in Berlin) the team's next session after now starts. On a
     * Tuesday morning that is today, since the demo team meets on Tuesdays at 12:30.
     */
    private LocalDate nextSessionDay() {
        Instant now = clock.instant();
        return sessions.between(maria, payments, now, now.plus(Duration.ofDays(400))).stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED && s.start().toInstant().isAfter(now))
                .map(s -> s.start().withZoneSameInstant(BERLIN).toLocalDate()).min(Comparator.naturalOrder())
                .orElseThrow(() -> new AssertionError("the demo team has no upcoming session"));
    }

    @Test
    @WithUserDetails("maria@example.com")
    void theWrapUpTakesTakeawaysActionItemsAndLinksInOneGoAndRefusesBadRowsWithoutLosingThem() {
        long id = session("Lunch & learn: wrap-up", daysFromNow(-1));
        var view = navigate("sessions/" + id, SessionView.class);
        var section = $view(FollowUpSection.class).single();
        assertThat(section.wrapUp.isVisible()).isTrue();

        test(section.wrapUp).click();
        var dialog = $(SessionWrapUpDialog.class).single();
        assertThat(dialog.items).hasSize(1);
        LocalDate defaultDue = dialog.items.getFirst().due.getValue();
        assertThat(defaultDue).as("the day of the team's next session").isEqualTo(nextSessionDay());
        Option jonas = dialog.items.getFirst().owner.getListDataView().getItems()
                .filter(o -> o.label().equals("Jonas Weber")).findFirst().orElseThrow();

        test(dialog.takeaways).setValue("Retries need jitter.");
        test(dialog.items.getFirst().description).setValue("Add jitter to the payment retries");
        test(dialog.items.getFirst().owner).selectItem("Jonas Weber");
        test(dialog.addItem).click();
        test(dialog.items.get(1).owner).selectItem("Aisha Khan"); // no description yet
        test(dialog.materials.getFirst().label).setValue("Slides");
        test(dialog.materials.getFirst().url).setValue("wiki/retries");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).as("refused: the dialog stays with everything typed").isTrue();
        assertThat(dialog.items.get(1).description.isInvalid()).isTrue();
        assertThat(dialog.materials.getFirst().url.isInvalid()).isTrue();
        assertThat(dialog.items.getFirst().description.getValue()).isEqualTo("Add jitter to the payment retries");
        assertThat(sessions.details(maria, id).status()).isNotEqualTo(SessionStatus.HELD);
        assertThat(queries.raisedAt(maria, id)).isEmpty();

        test(dialog.items.get(1).description).setValue("Write down the retry budget");
        test(dialog.materials.getFirst().url).setValue("https://wiki.example.com/retries");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        var held = sessions.details(maria, id);
        assertThat(held.status()).isEqualTo(SessionStatus.HELD);
        assertThat(held.takeaways()).isEqualTo("Retries need jitter.");
        assertThat(held.materials()).extracting(m -> m.url()).containsExactly("https://wiki.example.com/retries");
        assertThat(queries.raisedAt(maria, id)).extracting(ActionItemView::description, ActionItemView::ownerId,
                        ActionItemView::dueOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Add jitter to the payment retries", jonas.id(), defaultDue),
                        org.assertj.core.groups.Tuple.tuple("Write down the retry budget",
                                fixtures.personId("aisha@example.com"), defaultDue));
        assertThat($view(FollowUpSection.class).single().getElement().getTextRecursively())
                .contains("Add jitter to the payment retries");
    }

    @Test
    @WithUserDetails("maria@example.com")
    void aDueDateThatIsNotADateIsRefusedInsteadOfBecomingTheNextSession() {
        long id = session("Lunch & learn: unreadable due date", daysFromNow(-1));
        navigate("sessions/" + id, SessionView.class);
        test($view(FollowUpSection.class).single().wrapUp).click();
        var dialog = $(SessionWrapUpDialog.class).single();
        test(dialog.items.getFirst().description).setValue("Publish the retry budget");
        test(dialog.items.getFirst().owner).selectItem("Jonas Weber");
        DatePickers.typeUnreadable(dialog.items.getFirst().due, "end of sprint");

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.items.getFirst().due.isInvalid()).isTrue();
        assertThat(dialog.items.getFirst().due.getErrorMessage()).startsWith("That is not a date");
        assertThat(dialog.items.getFirst().description.getValue()).isEqualTo("Publish the retry budget");
        assertThat(sessions.details(maria, id).status()).isNotEqualTo(SessionStatus.HELD);
        assertThat(queries.raisedAt(maria, id)).isEmpty();
    }

    @Test
    @WithUserDetails("maria@example.com")
    void theNextSessionAsksHowItWentAndADropNeedsANote() {
        long earlier = session("Lunch & learn: earlier", daysFromNow(-2));
        long item = actions.raiseAtSession(maria, earlier, new ActionItemDraft("Benchmark the ledger query",
                fixtures.personId("aisha@example.com"), LocalDate.now(clock.withZone(BERLIN)).minusDays(1)));
        long next = session("Lunch & learn: next", daysFromNow(3));

        navigate("sessions/" + next, SessionView.class);
        var section = $view(FollowUpSection.class).single();
        assertThat(section.getElement().getTextRecursively()).contains("Benchmark the ledger query").contains("Overdue");
        var control = section.controls.stream().filter(c -> c.itemId == item).findFirst().orElseThrow();
        test(control.outcome).selectItem("Progressing");
        test(control.note).setValue("Numbers are in");
        test(control.record).click();

        assertThat(queries.agenda(maria, next)).filteredOn(a -> a.item().id() == item).singleElement()
                .satisfies(a -> assertThat(a.outcomeHere()).isEqualTo(Outcome.PROGRESSING));
        section = $view(FollowUpSection.class).single();
        control = section.controls.stream().filter(c -> c.itemId == item).findFirst().orElseThrow();
        test(control.outcome).selectItem("Dropped");
        test(control.record).click();
        assertThat(control.note.isInvalid()).as("a drop needs a note").isTrue();
        test(control.note).setValue("The ledger moves to a new store anyway");
        test(control.record).click();

        var dropped = queries.teamReview(maria, payments, ReviewOrder.BY_SESSION).stream()
                .filter(i -> i.id() == item).findFirst().orElseThrow();
        assertThat(dropped.status()).isEqualTo(ActionItemStatus.DROPPED);
        assertThat(dropped.closeNote()).isEqualTo("The ledger moves to a new store anyway");
        assertThat($view(FollowUpSection.class).single().getElement().getTextRecursively()).contains("Here: Dropped");
    }

    @Test
    @WithUserDetails("maria@example.com")
    void theTeamReviewListsOverdueItemsFirstByOwnerOrBySessionAndExports() {
        var view = navigate(TeamReviewView.class);

        var bySession = view.shownItems();
        assertThat(bySession).isNotEmpty().anyMatch(ActionItemView::overdue).anyMatch(i -> !i.open());
        assertThat(bySession).isSortedAccordingTo(Comparator.comparing(i -> !i.overdue()));
        assertThat(view.summary.getText()).contains("overdue");
        assertThat(view.grid.getColumnByKey("source").isVisible()).isTrue();

        test(view.order).select(1);
        var byOwner = view.shownItems();
        assertThat(byOwner).containsExactlyInAnyOrderElementsOf(bySession);
        assertThat(byOwner).isSortedAccordingTo(ReviewOrder.BY_OWNER.comparator());
        assertThat(view.grid.getColumnByKey("source").isVisible()).isFalse();

        test(view.openOnly).click();
        assertThat(view.shownItems()).isNotEmpty().allMatch(ActionItemView::open);
        assertThat($view(com.vaadin.flow.component.html.Anchor.class).id("action-items-xlsx").getText())
                .contains("Export .xlsx");
    }

    @Test
    @WithUserDetails("maria@example.com")
    void aManagerAddsAnActionItemForAGap() {
        var view = navigate(TeamReviewView.class);
        assertThat(view.forGap.isVisible()).isTrue();
        test(view.forGap).click();
        var dialog = $(GapItemDialog.class).single();

        test(dialog.save).click();
        assertThat(dialog.gap.isInvalid()).isTrue();
        var gap = dialog.gap.getListDataView().getItems().findFirst().orElseThrow();
        test(dialog.gap).selectItem(gap.label());
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.description.isInvalid()).isTrue();

        String text = "Ask the platform team about it " + System.nanoTime();
        test(dialog.description).setValue(text);
        test(dialog.owner).selectItem("Lukáš Novák");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.shownItems()).filteredOn(i -> i.description().equals(text)).singleElement()
                .satisfies(i -> {
                    assertThat(i.gapId()).isEqualTo(gap.id());
                    assertThat(i.source()).startsWith("Gap: ");
                    assertThat(i.dueOn()).as("the day of the team's next session").isEqualTo(nextSessionDay());
                });
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void membersSeeTheTeamReviewButChangeOnlyTheirOwnItems() {
        var view = navigate(TeamReviewView.class);
        long jonas = fixtures.personId("jonas@example.com");

        assertThat(view.forGap.isVisible()).isFalse();
        assertThat(view.shownItems()).filteredOn(i -> i.ownerId() == jonas).isNotEmpty()
                .allMatch(ActionItemView::viewerMayUpdate);
        assertThat(view.shownItems()).as("gap items he neither owns nor led a session for")
                .filteredOn(i -> i.ownerId() != jonas && i.sessionId() == null).isNotEmpty()
                .noneMatch(ActionItemView::viewerMayUpdate);
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void aMemberSeesTheirItemsAndMarksOneDone() {
        Actor jonas = new Actor(fixtures.personId("jonas@example.com"), false);
        long earlier = session("Lunch & learn: for Jonas", daysFromNow(-3));
        long item = actions.raiseAtSession(maria, earlier, new ActionItemDraft("Pair with Tomás on the retry code",
                jonas.personId(), LocalDate.now(clock.withZone(BERLIN)).plusDays(4)));

        var view = navigate(MyActionItemsView.class);
        var items = view.grid.getListDataView().getItems().toList();
        assertThat(items).allMatch(i -> i.ownerId() == jonas.personId()).allMatch(ActionItemView::open)
                .anyMatch(i -> i.id() == item).anyMatch(ActionItemView::overdue);
        assertThat(items.getFirst().overdue()).as("overdue first").isTrue();
        assertThat(view.summary.getText()).contains("overdue");

        var mine = items.stream().filter(i -> i.id() == item).findFirst().orElseThrow();
        var buttons = context.getBean(ItemActions.class).buttons(jonas, mine, view::refresh);
        view.add(buttons); // the grid renders its row buttons only in a browser; here the same buttons stand alone
        var done = buttons.getChildren().map(com.vaadin.flow.component.button.Button.class::cast)
                .filter(b -> b.getText().equals("Done…")).findFirst().orElseThrow();
        test(done).click();
        var dialog = $(NoteDialog.class).single();
        test(dialog.note).setValue("Done on Tuesday");
        test(dialog.confirm).click();

        assertThat(view.grid.getListDataView().getItems()).noneMatch(i -> i.id() == item);
        test(view.showClosed).click();
        assertThat(view.grid.getListDataView().getItems()).anyMatch(i -> i.id() == item
                && i.status() == ActionItemStatus.DONE);
    }
}
