package org.peerplanner.web.gap;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.gap.GapBoardService;
import org.peerplanner.domain.gap.GapCard;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapFilter;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.GapStatus;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.peerplanner.web.WebFixtures;
import org.peerplanner.web.common.NoteDialog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** The gaps board of the demo's Payments Platform team, as its manager and its members use it. */
@SpringBootTest
@ActiveProfiles("demo")
@UsePlannerTestDatabase
class GapBoardIT extends SpringBrowserlessTest {

    @Autowired
    GapService gaps;
    @Autowired
    GapBoardService board;
    @Autowired
    WebFixtures fixtures;
    @Autowired
    SessionService sessions;

    private List<GapCard> shownRows(GapsView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    @Test
    @WithUserDetails("maria@example.com")
    void theBoardListsOpenGapsMostPressingFirstAndFiltersBySource() {
        var view = navigate(GapsView.class);

        var rows = shownRows(view);
        assertThat(rows).isNotEmpty();
        assertThat(rows).extracting(GapCard::priority).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(rows).extracting(GapCard::status).allMatch(s -> s == GapStatus.OPEN || s == GapStatus.PLANNED);
        assertThat(rows).extracting(GapCard::title).contains("Kafka consumer groups and rebalancing")
                .doesNotContain("kafka consumer-groups?", "Terraform module structure");

        test(view.source).selectItem("Post-mortem");

        assertThat(shownRows(view)).isNotEmpty().allMatch(c -> c.source() == GapSource.POST_MORTEM);
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void aMemberDoesNotSeeAConfidentialGapButItsManagerDoes() {
        var asMember = shownRows(navigate(GapsView.class));
        long payments = fixtures.teamId("Payments Platform");
        var asManager = board.board(new Actor(fixtures.personId("maria@example.com"), false), payments,
                GapFilter.open(), PageRequest.of(0, 200));

        assertThat(asManager).anyMatch(GapCard::confidential);
        assertThat(asMember).noneMatch(GapCard::confidential);
    }

    @Test
    @WithUserDetails("zoe@example.com")
    void meTooAddsAVoteAndOfferingToTeachShowsOnTheGap() {
        long payments = fixtures.teamId("Payments Platform");
        Actor maria = new Actor(fixtures.personId("maria@example.com"), false);
        long gapId = gaps.log(maria, payments, GapDraft.of("Event sourcing basics " + UUID.randomUUID(),
                GapSource.NEW_TECHNOLOGY, Urgency.MEDIUM)).id();
        var view = navigate("gaps/" + gapId, GapsView.class);
        assertThat(view.details.vote.getText()).isEqualTo("Me too");

        test(view.details.vote).click();
        test(view.details.offer).click();
        var dialog = $(NoteDialog.class).single();
        test(dialog.note).setValue("I built the audit log with it.");
        test(dialog.confirm).click();

        var now = gaps.details(maria, gapId);
        assertThat(now.votes()).isEqualTo(1);
        assertThat(now.offers()).singleElement().satisfies(o -> assertThat(o.note()).isEqualTo("I built the audit log with it."));
        assertThat(view.details.vote.getText()).isEqualTo("Take back my vote");
        assertThat(view.details.offer.getText()).isEqualTo("Withdraw my offer");
    }

    @Test
    @WithUserDetails("maria@example.com")
    void loggingAGapHintsAtDuplicatesAndRefusesAMissingTitle() {
        long payments = fixtures.teamId("Payments Platform");
        long before = board.count(WebFixtures.SYSTEM, payments, GapFilter.everything());
        var view = navigate(GapsView.class);
        test(view.logGap).click();
        var form = $(GapForm.class).single();

        test(form.title).setValue("Kafka consumer groups");
        assertThat(form.similar.getElement().getTextRecursively()).contains("Kafka consumer groups and rebalancing");

        test(form.title).setValue("");
        test(form.source).selectItem("Retrospective");
        test(form.save).click();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(board.count(WebFixtures.SYSTEM, payments, GapFilter.everything())).isEqualTo(before);

        String title = "Idempotent payment retries " + UUID.randomUUID().toString().substring(0, 6);
        test(form.title).setValue(title);
        test(form.save).click();

        assertThat(board.count(WebFixtures.SYSTEM, payments, GapFilter.everything())).isEqualTo(before + 1);
        assertThat(view.details.getElement().getTextRecursively()).contains(title);
    }

    @Test
    @WithUserDetails("maria@example.com")
    void closingNeedsANoteAndThenLeavesTheOpenBoard() {
        long payments = fixtures.teamId("Payments Platform");
        Actor maria = new Actor(fixtures.personId("maria@example.com"), false);
        long gapId = gaps.log(maria, payments, GapDraft.of("Webhook signature checks " + UUID.randomUUID(),
                GapSource.RECURRING_BUG, Urgency.LOW)).id();
        var view = navigate("gaps/" + gapId, GapsView.class);

        test(view.details.close).click();
        var dialog = $(NoteDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(gaps.details(maria, gapId).status()).isEqualTo(GapStatus.OPEN);

        test(dialog.note).setValue("Covered by the security guild's checklist.");
        test(dialog.confirm).click();

        assertThat(gaps.details(maria, gapId).status()).isEqualTo(GapStatus.CLOSED);
        assertThat(shownRows(view)).noneMatch(c -> c.id() == gapId);
    }

    @Test
    @WithUserDetails("jonas@example.com")
    void aMemberCannotLogButCanRequestATopic() {
        var view = navigate(GapsView.class);

        assertThat(view.logGap.isVisible()).isFalse();
        test(view.requestTopic).click();
        var form = $(GapForm.class).single();
        String title = "Property-based testing " + UUID.randomUUID().toString().substring(0, 6);
        test(form.title).setValue(title);
        test(form.save).click();

        assertThat(shownRows(view)).anyMatch(c -> c.title().equals(title));
        assertThat(test($(Notification.class).last()).getText()).contains("Saved");
    }

    @Test
    @WithUserDetails("maria@example.com")
    void theDetailsListTheSessionsThatAddressTheGapAndScrollBesideTheBoard() {
        long payments = fixtures.teamId("Payments Platform");
        Actor maria = new Actor(fixtures.personId("maria@example.com"), false);
        long gapId = gaps.log(maria, payments, GapDraft.of("Chargeback disputes " + UUID.randomUUID(),
                GapSource.ONBOARDING_FRICTION, Urgency.MEDIUM)).id();
        String title = "Lunch & learn: chargebacks " + UUID.randomUUID().toString().substring(0, 6);
        long sessionId = sessions.schedule(maria, payments, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, title,
                ZonedDateTime.of(2027, 1, 12, 12, 30, 0, 0, ZoneId.of("Europe/Berlin")), null)
                .addressing(Set.of(gapId))).id();

        var view = navigate("gaps/" + gapId, GapsView.class);

        var linked = $(Div.class).id("gap-sessions");
        assertThat(linked.getElement().getTextRecursively()).contains(title, "Tue 12 Jan 2027", "Planned")
                .doesNotContain("None yet");
        assertThat($(Anchor.class, linked).single().getHref()).isEqualTo("sessions/" + sessionId);
        // The details scroll on their own beside the board (a split layout clipped them at 1366 x 900).
        assertThat(view.details.getClassNames()).contains("planner-detail-pane");
        assertThat(((Div) view.grid.getParent().orElseThrow()).getClassNames()).contains("planner-master-detail");
        assertThat(view.getStyle().get("height")).as("not fixed to the window: a phone scrolls the page").isNull();
    }
}
