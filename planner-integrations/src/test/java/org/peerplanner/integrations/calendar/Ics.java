package org.peerplanner.integrations.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.VEvent;
import biweekly.io.text.ICalReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Reads our output the way calendar clients would, with two parsers that share no code with the writer: biweekly
 * (the independent reader the field assertions use) and iCal4j (whose validator must find no errors). Also checks
 * the raw text: CRLF line ends, lines of at most 75 octets, folds never inside a UTF-8 character.
 */
final class Ics {

    private Ics() {
    }

    /** Checks the text and both parsers, then returns biweekly's reading of it. */
    static ICalendar read(String ics) {
        assertRawText(ics);
        assertIcal4jValid(ics);
        return readWithBiweekly(ics);
    }

    static ICalendar readWithBiweekly(String ics) {
        ICalendar calendar = parseWithBiweekly(ics);
        ValidationWarnings warnings = calendar.validate(ICalVersion.V2_0);
        assertThat(warnings.isEmpty()).as("biweekly validation: %s", warnings).isTrue();
        return calendar;
    }

    static ICalendar parseWithBiweekly(String ics) {
        try (ICalReader reader = new ICalReader(ics)) {
            ICalendar calendar = reader.readNext();
            assertThat(calendar).as("biweekly reads a calendar").isNotNull();
            assertThat(reader.getWarnings()).as("biweekly parse warnings").isEmpty();
            assertThat(reader.readNext()).as("exactly one VCALENDAR").isNull();
            return calendar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Calendar assertIcal4jValid(String ics) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            ValidationResult result = calendar.validate();
            assertThat(result.hasErrors()).as("iCal4j validation: %s", result.getEntries()).isFalse();
            return calendar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("iCal4j cannot parse it: " + e.getMessage(), e);
        }
    }

    static void assertRawText(String ics) {
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).as("no bare CR or LF").doesNotContain("\r").doesNotContain("\n");
        for (String line : physicalLines(ics)) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as("octets in %s", line).isLessThanOrEqualTo(75);
            assertThat(new String(octets, StandardCharsets.UTF_8)).as("whole characters").isEqualTo(line);
            assertThat(line).as("no lone surrogate (a split pair)").doesNotContainPattern(
                    "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
        }
    }

    /** The lines as written, before unfolding, without their CRLF. */
    static List<String> physicalLines(String ics) {
        return List.of(ics.split("\r\n"));
    }

    /** Logical lines: folds (CRLF + one space) undone. */
    static List<String> unfoldedLines(String ics) {
        return List.of(ics.replace("\r\n ", "").split("\r\n"));
    }

    static VEvent onlyEvent(ICalendar calendar) {
        assertThat(calendar.getEvents()).hasSize(1);
        return calendar.getEvents().get(0);
    }

    static VEvent event(ICalendar calendar, String uid) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(uid)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + uid));
    }

    static Instant start(VEvent event) {
        return event.getDateStart().getValue().toInstant();
    }

    static Instant end(VEvent event) {
        return event.getDateEnd().getValue().toInstant();
    }

    static String xProperty(ICalendar calendar, String name) {
        return calendar.getExperimentalProperty(name).getValue();
    }

    static List<String> categories(VEvent event) {
        List<String> all = new ArrayList<>();
        event.getCategories().forEach(c -> all.addAll(c.getValues()));
        return all;
    }
}
