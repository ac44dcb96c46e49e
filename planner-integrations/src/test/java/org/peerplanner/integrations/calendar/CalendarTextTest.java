package org.peerplanner.integrations.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.component.VEvent;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;

/** The raw text: line ends, folding by octets, escaping; what hand-written output most easily gets wrong. */
class CalendarTextTest {

    private static final String CJK = "分散システムにおけるコンシューマーグループの再調整と、オフセット管理のベストプラクティス；"
            + "そして障害時の振る舞いについて詳しく学ぶ勉強会です。";
    private static final String ROCKET_NAME = "Zoë Ångström 🚀";

    private final CalendarWriter writer = new CalendarWriter(Sessions.CLOCK);

    @Test
    void longLinesFoldAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String ics = writer.invite(withSummary(CJK + " " + ROCKET_NAME.repeat(8)));

        Ics.assertRawText(ics);
        List<String> lines = Ics.physicalLines(ics);
        assertThat(lines).anyMatch(l -> l.startsWith(" ")).as("something was folded");
        assertThat(lines.stream().mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max().orElseThrow())
                .as("folds use the room they have").isGreaterThanOrEqualTo(73);
        VEvent event = Ics.onlyEvent(Ics.read(ics));
        assertThat(event.getSummary().getValue()).isEqualTo(CJK + " " + ROCKET_NAME.repeat(8));
    }

    @Test
    void foldingKeepsEachCodePointWholeAtEveryPosition() {
        // shift the multi-byte characters through every octet position of the fold
        for (int pad = 0; pad < 8; pad++) {
            String line = "SUMMARY:" + "x".repeat(pad) + (ROCKET_NAME + "é漢🚀").repeat(10);

            String text = OctetFoldingWriter.fold(line);

            Ics.assertRawText(text + "END:VCALENDAR\r\n");
            assertThat(text.replace("\r\n ", "")).isEqualTo(line + "\r\n");
        }
    }

    @Test
    void aLineOfExactlySeventyFiveOctetsIsNotFolded() {
        String line = "X".repeat(73) + "é"; // 73 + 2 octets

        assertThat(OctetFoldingWriter.fold(line)).isEqualTo(line + "\r\n");
        assertThat(OctetFoldingWriter.fold(line + "y")).isEqualTo(line + "\r\n y\r\n");
    }

    @Test
    void textIsEscapedAndReadsBackUnchanged() {
        String tricky = "a,b;c\\d\ne\r\nf\rg\u0007h\ttab";
        String ics = writer.invite(withSummary(tricky));

        assertThat(Ics.unfoldedLines(ics)).contains("SUMMARY:a\\,b\\;c\\\\d\\ne\\nf\\ngh\ttab");
        assertThat(Ics.onlyEvent(Ics.read(ics)).getSummary().getValue()).isEqualTo("a,b;c\\d\ne\nf\ngh\ttab");
        Calendar ical4j = Ics.assertIcal4jValid(ics);
        CalendarComponent vevent = ical4j.getComponent("VEVENT").orElseThrow();
        assertThat(vevent.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo("a,b;c\\d\ne\nf\ngh\ttab");
    }

    @Test
    void namesWithPunctuationAreQuotedAndNonAsciiStaysIntact() {
        String ics = writer.invite(Sessions.lunchAndLearn());

        // iCal4j quotes every non-ASCII parameter value; a quoted-string is the same value (RFC 5545 §3.1)
        assertThat(Ics.unfoldedLines(ics)).contains(
                "ORGANIZER;CN=\"Zoë Ångström 🚀\":mailto:zoe@example.org",
                "ATTENDEE;CN=\"Łukasz Żółć\";ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:lukasz@example.org",
                "ATTENDEE;CN=\"O'Brien, Siobhán; 'Shiv'\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
                        + ":mailto:shiv@example.org",
                "ATTENDEE;CN=\"山田 太郎\";ROLE=OPT-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE:mailto:taro@example.jp",
                "CATEGORIES:Lunch & learn,Kafka\\, streams",
                "URL:https://planner.example.org/sessions/42?tab=details&x=1",
                "TRIGGER;RELATED=START:-PT15M");
        Calendar ical4j = Ics.assertIcal4jValid(ics);
        assertThat(ical4j.getComponent("VEVENT").orElseThrow().getProperty(Property.ORGANIZER).orElseThrow()
                .getParameter("CN").orElseThrow().getValue()).isEqualTo(ROCKET_NAME);
    }

    @Test
    void calendarHeaderIsThePlannersOwn() {
        String ics = writer.invite(Sessions.lunchAndLearn());

        assertThat(Ics.unfoldedLines(ics)).startsWith("BEGIN:VCALENDAR",
                "PRODID:-//Peer Planner//Peer Planner//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST");
        assertThat(ics).endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
    }

    @Test
    void everyLineEndsWithCrlfInTheStreamedFeedToo() {
        StringWriter out = new StringWriter();
        writer.writeFeed(new FeedHeader("Team " + CJK, Sessions.LOS_ANGELES, Sessions.ORGANIZER, CJK),
                List.of(withSummary(CJK)), List.of(Sessions.due("d@p", java.time.LocalDate.of(2026, 11, 3), CJK)),
                out);

        String ics = out.toString();
        Ics.read(ics);
        assertThat(ics.length() - ics.replace("\r\n", "").length()).isEqualTo(2 * ics.split("\n").length);
    }

    private static CalendarEvent withSummary(String summary) {
        CalendarEvent s = Sessions.lunchAndLearn("text@p", LocalDateTime.of(2026, 10, 27, 12, 0),
                Sessions.LOS_ANGELES);
        return new CalendarEvent(s.uid(), s.sequence(), s.start(), s.duration(), summary, summary, s.location(),
                s.url(), s.organizer(), s.attendees(), s.categories(), s.status(), s.alarmMinutesBefore(),
                s.lastModified());
    }
}
