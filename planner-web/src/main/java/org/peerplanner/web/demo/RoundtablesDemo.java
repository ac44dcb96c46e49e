package org.peerplanner.web.demo;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.peerplanner.domain.access.Actor;
import org.peerplanner.domain.format.SessionFormat;
import org.peerplanner.domain.roundtable.Commitment;
import org.peerplanner.domain.roundtable.Roundtables;
import org.peerplanner.domain.session.AttendanceService;
import org.peerplanner.domain.session.FacilitationService;
import org.peerplanner.domain.session.Rsvp;
import org.peerplanner.domain.session.SessionEdit;
import org.peerplanner.domain.session.SessionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Peer roundtables of the Payments Platform team, led by Aisha: one held ten days or so ago, where Jonas and Lukáš
 * brought problems and committed to next steps (their action items), and the next one in about two weeks, where
 * those commitments come back as "how did it go?", Zoë brings a problem and Tomás is asked to bring his. Jonas,
 * Lukáš and Maria attend both; Riley (the administrator) attends neither and sees only that they are confidential.
 */
@Component
@DemoMode
class RoundtablesDemo implements DemoChapter {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final SessionService sessions;
    private final FacilitationService facilitation;
    private final AttendanceService attendance;
    private final Roundtables roundtables;
    private final JdbcTemplate jdbc;

    RoundtablesDemo(SessionService sessions, FacilitationService facilitation, AttendanceService attendance,
                    Roundtables roundtables, JdbcTemplate jdbc) {
        this.sessions = sessions;
        this.facilitation = facilitation;
        this.attendance = attendance;
        this.roundtables = roundtables;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void seed(DemoOrganisation org) {
        Integer seeded = jdbc.queryForObject("select count(*) from roundtable_presenter", Integer.class);
        if (seeded != null && seeded > 0) {
            return;
        }
        long payments = org.team("payments");
        Actor maria = org.actor("maria");
        Actor aisha = org.actor("aisha");
        // The next one first: the commitments made at the held one are due by its day.
        long next = roundtable(org, maria, payments, org.today().plusDays(15), "Peer roundtable: December");
        long held = roundtable(org, maria, payments, org.today().minusDays(14), "Peer roundtable: November");

        roundtables.bring(org.actor("jonas"), held, "On-call handovers keep losing context at night");
        long lukas = roundtables.propose(aisha, held, org.person("lukas"),
                "My estimate for the ledger migration keeps doubling", null);
        roundtables.agree(org.actor("lukas"), lukas);
        var page = roundtables.page(aisha, held);
        var jonasSlot = page.agreedPresenters().stream().filter(p -> p.personId() == org.person("jonas")).findFirst()
                .orElseThrow();
        roundtables.wrapUp(aisha, held, page.sessionVersion(),
                "Handovers: three of us had the same gap; a short written template helped at Zoë's last team.\n"
                        + "Estimates: slice by risk, not by table, and say the unknowns out loud.",
                List.of(new Commitment(jonasSlot.id(), "Try a five-line handover template for two weeks and ask the "
                                + "night shift how it reads"),
                        new Commitment(lukas, "Split the migration into three spikes and share the first estimate "
                                + "with the uncertainty range")));
        // The commitments were made at the end of that roundtable, not today (no service rewrites history).
        var end = sessions.details(aisha, held).start().plusMinutes(60).toInstant();
        jdbc.update("update action_item set created_at = ?, agenda_from = ?, updated_at = ? where session_id = ?",
                utc(end), utc(end), utc(end), held);

        roundtables.bring(org.actor("zoe"), next, "Contract tests between checkout and ledger fail at random");
        roundtables.propose(aisha, next, org.person("tomas"), "Getting reviews on my first big pull request", null);
    }

    private long roundtable(DemoOrganisation org, Actor manager, long team, java.time.LocalDate around, String title) {
        var day = around.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        var edit = SessionEdit.of(SessionFormat.ROUNDTABLE, title, day.atTime(LocalTime.of(16, 0)).atZone(BERLIN),
                org.person("aisha")).lasting(60).at("Room Lovelace (no recording)");
        long id = sessions.schedule(manager, team, edit).id();
        facilitation.accept(org.actor("aisha"), id);
        for (String key : List.of("jonas", "lukas", "maria")) {
            attendance.answer(org.actor(key), id, Rsvp.YES);
        }
        return id;
    }

    private static LocalDateTime utc(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
