package org.peerplanner.domain.outcomes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The months a dashboard looks at, both ends included: the monthly cohorts every figure is grouped by. */
public record OutcomePeriod(YearMonth first, YearMonth last) {

    /** Three years of months at most: the longest history a dashboard shows in one chart. */
    public static final int MAX_MONTHS = 36;

    public OutcomePeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("The period ends before it starts: " + first + " to " + last);
        }
    }

    /** The {@code months} months up to and including the month of {@code today}. */
    public static OutcomePeriod lastMonths(LocalDate today, int months) {
        YearMonth now = YearMonth.from(today);
        return new OutcomePeriod(now.minusMonths(Math.max(1, months) - 1L), now);
    }

    public LocalDate start() {
        return first.atDay(1);
    }

    public LocalDate end() {
        return last.atEndOfMonth();
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start()) && !day.isAfter(end());
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public int size() {
        return months().size();
    }
}
