package org.peerplanner.integrations.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** iCalendar value syntax for dates, times, offsets and durations (RFC 5545 §3.3). */
final class IcalFormats {

    private IcalFormats() {
    }

    /** {@code 20261027T120000} */
    static String localDateTime(LocalDateTime t) {
        StringBuilder s = new StringBuilder(16);
        appendDate(s, t.getYear(), t.getMonthValue(), t.getDayOfMonth());
        s.append('T');
        pad2(s, t.getHour());
        pad2(s, t.getMinute());
        pad2(s, t.getSecond());
        return s.toString();
    }

    /** {@code 20261027T190000Z}; fractions of a second are dropped. */
    static String utc(Instant instant) {
        return localDateTime(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC)) + 'Z';
    }

    /** {@code 20261103} */
    static String date(LocalDate d) {
        StringBuilder s = new StringBuilder(8);
        appendDate(s, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        return s.toString();
    }

    /** {@code -0700}, or {@code +055328} when the offset has seconds (old local mean times). */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        StringBuilder s = new StringBuilder(7).append(total < 0 ? '-' : '+');
        total = Math.abs(total);
        pad2(s, total / 3600);
        pad2(s, total / 60 % 60);
        if (total % 60 != 0) {
            pad2(s, total % 60);
        }
        return s.toString();
    }

    /** {@code PT1H30M}, {@code P1DT2H}; whole seconds only. */
    static String duration(Duration d) {
        boolean negative = d.isNegative();
        long seconds = Math.abs(d.getSeconds());
        if (seconds == 0) {
            return "PT0S";
        }
        StringBuilder s = new StringBuilder(negative ? "-P" : "P");
        long days = seconds / 86_400;
        long rest = seconds % 86_400;
        if (days > 0) {
            s.append(days).append('D');
        }
        if (rest > 0) {
            s.append('T');
            if (rest / 3600 > 0) {
                s.append(rest / 3600).append('H');
            }
            if (rest / 60 % 60 > 0) {
                s.append(rest / 60 % 60).append('M');
            }
            if (rest % 60 > 0) {
                s.append(rest % 60).append('S');
            }
        }
        return s.toString();
    }

    private static void appendDate(StringBuilder s, int year, int month, int day) {
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("year outside 0000-9999: " + year);
        }
        s.append((char) ('0' + year / 1000)).append((char) ('0' + year / 100 % 10))
                .append((char) ('0' + year / 10 % 10)).append((char) ('0' + year % 10));
        pad2(s, month);
        pad2(s, day);
    }

    private static void pad2(StringBuilder s, int n) {
        s.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }
}
