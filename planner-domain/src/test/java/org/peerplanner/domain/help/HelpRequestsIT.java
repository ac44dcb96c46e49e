package org.peerplanner.domain.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.common.InvalidInputException;
import org.peerplanner.domain.common.NotFoundException;
import org.peerplanner.domain.common.NotPermittedException;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.notification.NotificationService;
import org.peerplanner.domain.notification.NotificationView;
import org.peerplanner.domain.people.Absence;
import org.peerplanner.domain.people.Skill;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.testdb.TestClock;
import org.peerplanner.testdb.UsePlannerTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Asking, routing and escalation, answering, pairing, and what a request becomes, on the real database. */
@SpringBootTest
@UsePlannerTestDatabase
class HelpRequestsIT {

    @Autowired
    HelpWorld world;
    @Autowired
    HelpRequests requests;
    @Autowired
    HelpAnswers answers;
    @Autowired
    HelpRules rules;
    @Autowired
    HelpDeadlines deadlines;
    @Autowired
    NotificationService notifications;
    @Autowired
    SessionService sessions;
    @Autowired
    ArticleService articles;
    @Autowired
    GapService gaps;
    @Autowired
    org.peerplanner.domain.recognition.MyContributions contributions;
    @Autowired
    List<org.peerplanner.domain.roundtable.RoundtableTopicSource> roundtableTopics;
    @Autowired
    TestClock clock;

    long team;
    String kafka;
    Actor asker;
    Actor expert;
    Actor busyExpert;
    Actor away;
    Actor second;
    Actor third;
    Actor fourth;
    Actor outsider;

    @BeforeEach
    void world() {
        clock.reset();
        team = world.team("Help");
        kafka = HelpWorld.tag("kafka");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        asker = world.person(team, "Tomás García", new Skill(kafka, 1));
        expert = world.person(team, "Jonas Weber", new Skill(kafka, 5));
        busyExpert = world.person(team, "Aisha Khan", new Skill(kafka, 5));
        away = world.person(team, "Lukáš Novák", List.of(new Absence(today.minusDays(1), today.plusDays(3), "KubeCon")),
                new Skill(kafka, 5));
        second = world.person(team, "Zoë Ångström", new Skill(kafka, 3));
        third = world.person(team, "Sam Okafor", new Skill(kafka, 4));
        fourth = world.person(team, "Emily Chen", new Skill(kafka, 4));
        outsider = world.person(world.team("Elsewhere"), "Priya Raman", new Skill(kafka, 5));
        // Aisha answered a request lately: the load spread puts her after the others.
        long earlier = requests.ask(fourth, team, HelpAsk.of(HelpKind.INFORMATION, "Earlier question", "", List.of(), HelpUrgency.WHENEVER));
        answers.answer(busyExpert, earlier, null, "Here is how.");
    }

    HelpAsk kafkaAsk(String title) {
        return HelpAsk.of(HelpKind.SPECIFIC_HELP, title, "The consumer group keeps **rebalancing**.", List.of(kafka),
                HelpUrgency.TODAY);
    }

    @Test
    void answeringSomeoneElsesRequestCountsOnceInTheAnswerersLedgerWithTheAskerAsHelped() {
        long id = requests.ask(asker, team, kafkaAsk("Lag on one partition"));
        answers.answer(expert, id, null, "Check the slowest consumer first.");
        answers.answer(expert, id, null, "And its max.poll.records.");
        answers.answer(asker, id, null, "Thanks, trying it now.");
        long secret = requests.ask(asker, team, kafkaAsk("My manager and I disagree")
                .confidentialFor(Set.of(third.personId())));
        answers.answer(third, secret, null, "Happy to talk it through.");

        var answered = helpAnswered(expert);
        assertThat(answered).hasSize(1);
        assertThat(answered.getFirst().source().id()).isEqualTo(id);
        assertThat(answered.getFirst().source().title()).isEqualTo("Lag on one partition");
        assertThat(answered.getFirst().helped()).containsExactly(asker.personId());
        assertThat(answered.getFirst().teamId()).isEqualTo(team);
        assertThat(helpAnswered(asker)).as("answering one's own request is not helping someone").isEmpty();
        assertThat(helpAnswered(third)).singleElement()
                .satisfies(e -> assertThat(e.source().title()).as("a confidential title stays with its people")
                        .isEqualTo("A confidential help request"));
    }

    private List<org.peerplanner.domain.recognition.ContributionEntry> helpAnswered(Actor actor) {
        return contributions.page(actor, null).entries().stream()
                .filter(e -> e.kind().equals(org.peerplanner.domain.recognition.ContributionKinds.HELP_ANSWERED))
                .toList();
    }

    List<String> titles(Actor actor) {
        return notifications.recent(actor, 0).stream().map(NotificationView::title).toList();
    }

    @Test
    void routingAsksThreeSuitableAvailablePeopleWithReasonsAndEscalatesToTheNextOnTheClock() {
        long id = requests.ask(asker, team, kafkaAsk("Consumer lag after deploy"));

        var page = requests.page(asker, id);
        assertThat(page.routing()).extracting(HelpPage.RoutingLine::name)
                .containsExactly("Jonas Weber", "Sam Okafor", "Emily Chen");
        assertThat(page.routing().getFirst().reason()).isEqualTo(kafka + " at level 5 of 5; answered no help requests in the last 30 days");
        assertThat(titles(expert)).contains("Tomás García is stuck on: Consumer lag after deploy");
        assertThat(titles(away)).doesNotContain("Tomás García is stuck on: Consumer lag after deploy");
        assertThat(requests.page(expert, id).routing()).as("only the asker sees who was asked").isEmpty();

        clock.advance(Duration.ofMinutes(119));
        deadlines.run();
        assertThat(requests.page(asker, id).routing()).as("still inside the two hours").hasSize(3);
        clock.advance(Duration.ofMinutes(2));
        assertThat(deadlines.run().escalated()).isPositive();

        assertThat(requests.page(asker, id).routing()).extracting(HelpPage.RoutingLine::name)
                .containsExactly("Jonas Weber", "Sam Okafor", "Emily Chen", "Zoë Ångström", "Aisha Khan");
        clock.advance(Duration.ofHours(3));
        deadlines.run();
        assertThat(requests.page(asker, id).routing()).hasSize(5);
        assertThat(titles(expert)).filteredOn(t -> t.contains("Consumer lag")).hasSize(1);
    }

    @Test
    void routingFindsSkillsWhateverTheirCaseAndTheNextRoundCanBeReadWithoutAskingAnyone() {
        String terraform = HelpWorld.tag("Terraform");
        world.person(team, "Ines Duarte", new Skill(terraform.toUpperCase(), 4));
        long id = requests.ask(asker, team, HelpAsk.of(HelpKind.SPECIFIC_HELP, "State lock", "",
                List.of(terraform.toLowerCase()), HelpUrgency.TODAY));
        assertThat(requests.page(asker, id).routing()).extracting(HelpPage.RoutingLine::name)
                .containsExactly("Ines Duarte");

        long lag = requests.ask(asker, team, kafkaAsk("Consumer lag"));
        assertThat(requests.nextHelpers(asker, lag)).as("the next round, as escalation would ask it")
                .extracting(HelperRouting.Choice::personId)
                .containsExactly(second.personId(), busyExpert.personId());
        assertThat(requests.page(asker, lag).routing()).as("nothing written, nobody told").hasSize(3);
        assertThat(titles(second)).noneMatch(t -> t.contains("Consumer lag"));
        assertThatThrownBy(() -> requests.nextHelpers(second, lag)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.nextHelpers(outsider, lag)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAnswerStopsTheEscalationAndTheTeamSetsItsOwnWindows() {
        var manager = world.manager(team);
        rules.revise(manager, team, -1, new HelpRulesForm(true, 30, 600, 1440));
        long id = requests.ask(asker, team, kafkaAsk("Offsets reset"));

        clock.advance(Duration.ofMinutes(31));
        deadlines.run();
        assertThat(requests.page(asker, id).routing()).hasSize(5);

        long other = requests.ask(asker, team, kafkaAsk("Schema registry"));
        answers.answer(expert, other, null, "Use the compatibility setting.");
        clock.advance(Duration.ofHours(1));
        deadlines.run();
        assertThat(requests.page(asker, other).routing()).hasSize(3);
        assertThatThrownBy(() -> requests.ask(asker, team, kafkaAsk("Across").acrossOrganisation()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("inside the team");
        assertThatThrownBy(() -> rules.revise(asker, team, 0, HelpRulesForm.defaults()))
                .isInstanceOf(NotPermittedException.class);
        assertThat(rules.rules(asker, team).houseRulesRoute()).isEqualTo("teams/" + team + "/house-rules");
    }

    @Test
    void aFourthOpenRequestAnEmptyTitleAndScriptsAreRefusedAndNothingIsWritten() {
        requests.ask(asker, team, kafkaAsk("One"));
        requests.ask(asker, team, kafkaAsk("Two"));
        requests.ask(asker, team, kafkaAsk("Three"));

        assertThatThrownBy(() -> requests.ask(asker, team, kafkaAsk("Four")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("3 open requests");
        assertThatThrownBy(() -> requests.ask(fourth, team, kafkaAsk("  ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("what you are stuck on");
        assertThatThrownBy(() -> requests.ask(fourth, team, HelpAsk.of(HelpKind.INFORMATION, "XSS",
                "<script>alert(1)</script>", List.of(), HelpUrgency.TODAY)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Scripts");
        assertThatThrownBy(() -> requests.ask(fourth, team, kafkaAsk("Secret").confidentialFor(Set.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Pick at least one person");
        assertThat(requests.mine(asker)).hasSize(3);
        assertThat(requests.mine(fourth)).extracting(HelpCard::title).containsExactly("Earlier question");
    }

    @Test
    void aConfidentialRequestIsNotFoundForEveryoneButThePickedPeopleAlsoOnTheBoard() {
        long id = requests.ask(asker, team, kafkaAsk("My manager and I disagree").confidentialFor(Set.of(expert.personId())));

        assertThat(requests.page(expert, id).confidential()).isTrue();
        assertThat(titles(expert)).contains("Tomás García asks you, privately: My manager and I disagree");
        for (Actor other : List.of(second, outsider, new Actor(second.personId(), true))) {
            assertThatThrownBy(() -> requests.page(other, id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> answers.answer(other, id, null, "Hi")).isInstanceOf(NotFoundException.class);
            var board = requests.board(other, BoardFilter.none());
            assertThat(board.others()).extracting(HelpCard::id).doesNotContain(id);
            assertThat(board.canHelp()).extracting(HelpCard::id).doesNotContain(id);
        }
        assertThat(requests.board(expert, BoardFilter.none()).canHelp()).extracting(HelpCard::id).contains(id);
        assertThat(requests.page(asker, id).routing()).as("never routed").isEmpty();
    }

    @Test
    void theBoardPutsWhatICanHelpWithFirstAndFilters() {
        long mine = requests.ask(asker, team, kafkaAsk("Lag"));
        long other = requests.ask(fourth, team, HelpAsk.of(HelpKind.STORIES, "Stories of migrations", "", List.of("cobol"),
                HelpUrgency.WHENEVER));

        var board = requests.board(second, BoardFilter.none());
        assertThat(board.canHelp()).extracting(HelpCard::id).contains(mine).doesNotContain(other);
        assertThat(board.others()).extracting(HelpCard::id).contains(other);
        assertThat(requests.board(second, new BoardFilter(HelpKind.STORIES, null, null)).canHelp()).isEmpty();
        assertThat(requests.board(second, new BoardFilter(null, kafka.toUpperCase(), HelpUrgency.TODAY)).canHelp())
                .extracting(HelpCard::id).containsExactly(mine);
        assertThatThrownBy(() -> requests.page(outsider, mine)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theBoardMergesTeamOrganisationOwnAndPickedRequestsNewestFirst() {
        long elsewhere = world.team("Elsewhere " + HelpWorld.tag("t"));
        var colleague = world.person(elsewhere, "Ana Souza");
        long teamOne = requests.ask(fourth, team, HelpAsk.of(HelpKind.INFORMATION, "Team one", "", List.of(),
                HelpUrgency.WHENEVER));
        clock.advance(Duration.ofMinutes(1));
        long across = requests.ask(colleague, elsewhere, HelpAsk.of(HelpKind.INFORMATION, "Across", "", List.of(),
                HelpUrgency.WHENEVER).acrossOrganisation());
        clock.advance(Duration.ofMinutes(1));
        long insideElsewhere = requests.ask(colleague, elsewhere, HelpAsk.of(HelpKind.INFORMATION, "Inside", "",
                List.of(), HelpUrgency.WHENEVER));
        clock.advance(Duration.ofMinutes(1));
        long mineSecret = requests.ask(second, team, kafkaAsk("Mine, private").confidentialFor(Set.of(expert.personId())));
        clock.advance(Duration.ofMinutes(1));
        long pickedSecret = requests.ask(third, team, kafkaAsk("Picked").confidentialFor(Set.of(second.personId())));
        clock.advance(Duration.ofMinutes(1));
        long othersSecret = requests.ask(fourth, team, kafkaAsk("Not for Zoë").confidentialFor(Set.of(expert.personId())));

        var board = requests.board(second, BoardFilter.none());
        var all = new java.util.ArrayList<HelpCard>(board.canHelp());
        all.addAll(board.others());
        assertThat(all).extracting(HelpCard::id).contains(teamOne, across, mineSecret, pickedSecret)
                .doesNotContain(insideElsewhere, othersSecret);
        assertThat(board.canHelp()).extracting(HelpCard::id).contains(pickedSecret);
        assertThat(board.others()).as("newest first").extracting(HelpCard::id)
                .containsSubsequence(mineSecret, across, teamOne);
    }

    @Test
    void theAskerMarksAnotherPersonsAnswerAndAClosedRequestTakesNoMoreAnswers() {
        long id = requests.ask(asker, team, kafkaAsk("Rebalancing storms"));
        long own = answers.answer(asker, id, null, "More detail: it happens at 9:00.");
        long good = answers.answer(expert, id, null, "Raise `max.poll.interval.ms`.");

        assertThatThrownBy(() -> answers.markHelped(asker, id, own))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("someone else's reply");
        assertThatThrownBy(() -> answers.markHelped(expert, id, good)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> answers.answer(expert, id, good, "<img src=x onerror=alert(1)>"))
                .isInstanceOf(InvalidInputException.class);
        answers.markHelped(asker, id, good);

        assertThat(requests.page(asker, id).status()).isEqualTo(HelpStatus.SOLVED);
        assertThat(requests.page(asker, id).thread()).filteredOn(HelpPage.ThreadEntry::helped).singleElement()
                .satisfies(e -> assertThat(e.html()).contains("<code>max.poll.interval.ms</code>"));
        assertThat(titles(expert)).contains("Your answer helped Tomás García: Rebalancing storms");
        assertThatThrownBy(() -> answers.answer(second, id, null, "Late"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("takes no more answers");
    }

    @Test
    void anAcceptedOfferToPairBecomesAConfirmedPairingSessionForTheTwo() {
        long id = requests.ask(asker, team, kafkaAsk("Debugging a stuck consumer"));
        var tomorrow = clock.instant().plus(Duration.ofDays(1)).atZone(ZoneId.of("Europe/Berlin"));

        assertThatThrownBy(() -> answers.offerToPair(expert, id, tomorrow.minusDays(2), 60, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> answers.offerToPair(asker, id, tomorrow, 60, null))
                .isInstanceOf(InvalidInputException.class);
        long offer = answers.offerToPair(expert, id, tomorrow, 60, "Bring the logs.");
        assertThatThrownBy(() -> answers.acceptPairing(expert, id, offer)).isInstanceOf(NotPermittedException.class);

        long session = answers.acceptPairing(asker, id, offer);

        var details = sessions.details(asker, session);
        assertThat(details.format()).isEqualTo(SessionFormat.PAIRING);
        assertThat(details.start().toInstant()).isEqualTo(tomorrow.toInstant());
        assertThat(details.facilitator().id()).isEqualTo(expert.personId());
        assertThat(details.coFacilitator().id()).isEqualTo(asker.personId());
        assertThat(requests.page(asker, id).thread()).filteredOn(e -> e.id() == offer).singleElement()
                .satisfies(e -> assertThat(e.sessionId()).isEqualTo(session));
        assertThatThrownBy(() -> answers.acceptPairing(asker, id, offer))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already");
        assertThat(titles(expert)).contains("Tomás García accepted your offer to pair: Debugging a stuck consumer");
    }

    @Test
    void aSolvedRequestBecomesAnArticleAndAnUnsolvedOneAGapAfterTwoWeeks() {
        long solved = requests.ask(asker, team, kafkaAsk("How do I replay a topic?"));
        long answer = answers.answer(expert, solved, null, "Reset the offsets with `kafka-consumer-groups`.");
        assertThatThrownBy(() -> answers.turnIntoArticle(asker, solved)).isInstanceOf(InvalidInputException.class);
        answers.markHelped(asker, solved, answer);

        long articleId = answers.turnIntoArticle(expert, solved);

        var article = articles.details(asker, articleId);
        assertThat(article.title()).isEqualTo("How do I replay a topic?");
        assertThat(article.body()).contains("## The question").contains("kafka-consumer-groups");
        assertThat(article.tags()).containsExactly(kafka);
        assertThat(requests.page(asker, solved).articleId()).isEqualTo(articleId);

        long unsolved = requests.ask(asker, team, kafkaAsk("Exactly-once across two clusters"));
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        assertThat(deadlines.run().gapQuestions()).isPositive();
        deadlines.run();
        assertThat(titles(asker)).as("asked once").filteredOn("Still stuck on: Exactly-once across two clusters?"::equals)
                .hasSize(1);
        assertThatThrownBy(() -> answers.logAsGap(expert, unsolved)).isInstanceOf(NotPermittedException.class);

        long gapId = answers.logAsGap(asker, unsolved);

        var gap = gaps.details(asker, gapId);
        assertThat(gap.source()).isEqualTo(GapSource.RECURRING_QUESTION);
        assertThat(gap.title()).isEqualTo("Exactly-once across two clusters");
        assertThat(gap.tags()).containsExactly(kafka);
        assertThatThrownBy(() -> answers.logAsGap(asker, unsolved)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void thisAnsweredItClosesAsSelfServedAndCountsForTheArticle() {
        long articleId = articles.create(expert, team, new org.peerplanner.domain.knowledge.ArticleDraft(
                "Replaying topics", "Reset offsets.", List.of(kafka), null, Set.of(), Set.of(), List.of())).id();

        assertThat(requests.suggestions(asker, "how to replaying old messages", List.of()))
                .extracting(Suggestion::title).contains("Replaying topics");
        assertThat(requests.suggestions(outsider, "how to replaying old messages", List.of()))
                .extracting(Suggestion::title).doesNotContain("Replaying topics");

        long id = requests.answeredAlready(asker, team, kafkaAsk("Replay a topic"), articleId);

        assertThat(requests.page(asker, id).status()).isEqualTo(HelpStatus.SELF_SERVED);
        assertThat(requests.questionsAnsweredBy(expert, articleId)).isEqualTo(1);
        assertThat(requests.page(asker, id).routing()).isEmpty();
        assertThatThrownBy(() -> requests.answeredAlready(outsider, team, kafkaAsk("x"), articleId))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyConsentingOpenSpecificHelpRequestsAreRoundtableCandidates() {
        long consenting = requests.ask(asker, team, kafkaAsk("Team keeps missing estimates").withRoundtableConsent());
        requests.ask(second, team, kafkaAsk("No consent"));
        requests.ask(third, team, HelpAsk.of(HelpKind.INFORMATION, "Info", "", List.of(), HelpUrgency.TODAY)
                .withRoundtableConsent());

        assertThat(requests.roundtableCandidates(expert, team)).extracting(RoundtableCandidate::requestId)
                .containsExactly(consenting);
        assertThatThrownBy(() -> requests.roundtableCandidates(outsider, team)).isInstanceOf(NotFoundException.class);

        // what the roundtable planner is offered: the asker, the one line, and the request it came from
        assertThat(roundtableTopics.stream().flatMap(source -> source.candidates(expert, team).stream()))
                .singleElement().satisfies(topic -> {
                    assertThat(topic.personId()).isEqualTo(asker.personId());
                    assertThat(topic.problem()).isEqualTo("Team keeps missing estimates");
                    assertThat(topic.origin().kind()).isEqualTo("HELP_REQUEST");
                    assertThat(topic.origin().id()).isEqualTo(consenting);
                });
    }
}
