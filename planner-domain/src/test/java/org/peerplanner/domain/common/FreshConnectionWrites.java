package org.peerplanner.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerplanner.domain.DomainFixtures;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.action.ActionItemDraft;
import org.peerplanner.domain.action.ActionItemQueries;
import org.peerplanner.domain.action.ActionItemService;
import org.peerplanner.domain.action.ActionItemStatus;
import org.peerplanner.domain.action.ActionItemView;
import org.peerplanner.domain.action.Outcome;
import org.peerplanner.domain.action.ReviewOrder;
import org.peerplanner.domain.action.SessionWrapUp;
import org.peerplanner.domain.action.SessionWrapUpService;
import org.peerplanner.domain.gap.GapDraft;
import org.peerplanner.domain.gap.GapImportDecision;
import org.peerplanner.domain.gap.GapImportRow;
import org.peerplanner.domain.gap.GapImportService;
import org.peerplanner.domain.gap.GapService;
import org.peerplanner.domain.gap.GapSource;
import org.peerplanner.domain.gap.Urgency;
import org.peerplanner.domain.knowledge.ArticleDraft;
import org.peerplanner.domain.knowledge.ArticleService;
import org.peerplanner.domain.people.Absence;
import org.peerplanner.domain.people.PeopleService;
import org.peerplanner.domain.people.Skill;
import org.peerplanner.domain.planning.PairPreference;
import org.peerplanner.domain.planning.PairingService;
import org.peerplanner.domain.planning.PlanningService;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.session.SessionService;
import org.peerplanner.domain.session.SessionStatus;
import org.peerplanner.domain.team.Blackout;
import org.peerplanner.domain.team.PlanningSettings;
import org.peerplanner.domain.team.TeamService;
import org.peerplanner.testdb.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app keeps working once the pool has retired every connection that applied the migrations (Hikari does so
 * after 30 minutes). H2 2.4 tied a {@code CHECK (status IN (...))} to the connection that created it, so after
 * that every write of an action item failed. This goes through every service write that touches a table with a
 * constraint on fresh connections only; subclasses choose the database.
 */
abstract class FreshConnectionWrites {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    DomainFixtures fixtures;
    @Autowired
    TeamService teams;
    @Autowired
    PeopleService people;
    @Autowired
    GapService gaps;
    @Autowired
    GapImportService gapImport;
    @Autowired
    SessionService sessions;
    @Autowired
    PlanningService planning;
    @Autowired
    PairingService pairing;
    @Autowired
    ArticleService articles;
    @Autowired
    ActionItemService actions;
    @Autowired
    ActionItemQueries queries;
    @Autowired
    SessionWrapUpService wrapUps;

    /** Closes every pooled connection, among them those Flyway and Hibernate's validation used, and waits until the database has let them go. */
    @BeforeEach
    void retireEveryConnectionThatMigrated() throws SQLException {
        Set<Long> before = openSessions();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        await().atMost(Duration.ofSeconds(30)).until(() -> Collections.disjoint(before, openSessions()));
    }

    private Set<Long> openSessions() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        String sql = "H2".equals(product)
                ? "select session_id from information_schema.sessions"
                : "select id from information_schema.processlist where db = database()";
        return Set.copyOf(jdbc.queryForList(sql, Long.class));
    }

    @Test
    void everyWriteToAConstrainedTableWorksOnConnectionsThatDidNotMigrate() {
        // team (slot minutes, sprint weeks) and team_blackout (range)
        long team = fixtures.team("Fresh connections");
        var details = teams.details(DomainFixtures.SYSTEM_ADMIN, team);
        var s = details.settings();
        details = teams.reviseTeam(DomainFixtures.SYSTEM_ADMIN, team, details.version(), new org.peerplanner.domain.team.TeamSettings(
                s.name(), s.timeZone(), s.slotDay(), s.slotStart(), 60, s.cadence(), null, null, s.defaultLocation()));
        var plan = teams.planning(DomainFixtures.SYSTEM_ADMIN, team);
        LocalDate today = LocalDate.now(clock.withZone(BERLIN));
        teams.revisePlanning(DomainFixtures.SYSTEM_ADMIN, team, details.version(), new PlanningSettings(plan.graceWeeks(),
                plan.formatMix(), plan.alarmMinutes(), List.of(new Blackout(today.plusDays(60), today.plusDays(64), "Release week"))));
        assertThat(teams.details(DomainFixtures.SYSTEM_ADMIN, team).settings().slotMinutes()).isEqualTo(60);
        assertThat(teams.planning(DomainFixtures.SYSTEM_ADMIN, team).blackouts()).hasSize(1);

        // person (mentoring capacity), person_skill (proficiency), person_absence (range)
        Actor manager = fixtures.manager(team);
        Actor lead = fixtures.member(team);
        Actor owner = fixtures.member(team);
        var me = people.details(manager, lead.personId());
        people.reviseProfile(manager, lead.personId(), me.version(), me.profile()
                .withSkills(List.of(new Skill("Kafka", 4)))
                .withAbsences(List.of(new Absence(today.plusDays(20), today.plusDays(25), "Holiday")))
                .withMentoring(true, 2, "Stream processing"));
        var profile = people.details(manager, lead.personId()).profile();
        assertThat(profile.skills()).containsExactly(new Skill("Kafka", 4));
        assertThat(profile.absences()).hasSize(1);
        assertThat(profile.mentoringCapacity()).isEqualTo(2);

        // knowledge_gap (imported votes)
        long gap = gaps.log(manager, team, GapDraft.of("Consumer lag", GapSource.RETROSPECTIVE, Urgency.MEDIUM)).id();
        var imported = gapImport.commit(manager, team, List.of(new GapImportRow(2, "Terraform state",
                "From the retro", 3, "retro", today.minusDays(7), null)), Map.of(2, GapImportDecision.importIt()));
        assertThat(imported.imported()).isEqualTo(1);

        // learning_session (duration, revision)
        var start = ZonedDateTime.ofInstant(clock.instant(), BERLIN).plusDays(2).withHour(12).withMinute(0).withSecond(0).withNano(0);
        var first = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Consumer lag", start,
                lead.personId()));
        var revised = sessions.revise(manager, first.id(), first.version(),
                SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Consumer lag, part one", start, lead.personId()).lasting(60));
        assertThat(revised.durationMinutes()).isEqualTo(60);
        var second = sessions.schedule(manager, team, SessionEdit.of(SessionFormat.LUNCH_AND_LEARN, "Consumer lag, part two",
                start.plusWeeks(1), lead.personId()));

        // pair_preference (ordered pair)
        pairing.preferPairing(manager, team, owner.personId(), lead.personId(), PairPreference.Kind.PINNED);
        assertThat(pairing.pairingPreferences(manager, team)).hasSize(1);

        // article (revision)
        var article = articles.create(manager, team, new ArticleDraft("Consumer lag", "Watch the lag per partition.",
                List.of("kafka"), today.plusMonths(6), Set.of(), Set.of(), List.of()));
        var edited = articles.revise(manager, article.id(), article.version(), new ArticleDraft("Consumer lag",
                "Watch the lag per partition, not per topic.", List.of("kafka"), today.plusMonths(6), Set.of(), Set.of(), List.of()));
        assertThat(edited.revision()).isEqualTo(2);

        // action_item (status): every way an item is written or changes status
        clock.set(start.plusMinutes(50));
        var held = wrapUps.wrapUp(lead, first.id(), sessions.details(manager, first.id()).version(), new SessionWrapUp(
                "Lag is per partition", List.of(new ActionItemDraft("Add a lag alert", owner.personId(), null)), List.of()));
        assertThat(held.status()).isEqualTo(SessionStatus.HELD);
        long alert = queries.raisedAt(manager, first.id()).getFirst().id();
        long dashboard = actions.raiseAtSession(lead, first.id(), new ActionItemDraft("Build the dashboard", owner.personId(), null));
        long runbook = actions.raiseForGap(manager, gap, new ActionItemDraft("Write the runbook", owner.personId(),
                today.plusDays(14)));
        actions.revise(owner, runbook, item(manager, team, runbook).version(), new ActionItemDraft("Write the lag runbook",
                owner.personId(), today.plusDays(21)));
        actions.complete(owner, runbook, "Written");
        actions.reopen(manager, runbook);
        actions.drop(owner, runbook, "The dashboard says it all");
        clock.set(start.plusWeeks(1).plusMinutes(5));
        actions.recordOutcome(lead, alert, second.id(), Outcome.DONE, "Alert is live");
        actions.recordOutcome(lead, dashboard, second.id(), Outcome.PROGRESSING, null);

        assertThat(item(manager, team, alert).status()).isEqualTo(ActionItemStatus.DONE);
        assertThat(item(manager, team, dashboard).status()).isEqualTo(ActionItemStatus.OPEN);
        assertThat(item(manager, team, runbook).status()).isEqualTo(ActionItemStatus.DROPPED);
        assertThat(item(manager, team, runbook).description()).isEqualTo("Write the lag runbook");
    }

    private ActionItemView item(Actor manager, long team, long id) {
        return queries.teamReview(manager, team, ReviewOrder.BY_SESSION).stream().filter(i -> i.id() == id)
                .findFirst().orElseThrow();
    }
}
