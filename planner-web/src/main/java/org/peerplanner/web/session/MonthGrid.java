package org.peerplanner.web.session;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.peerplanner.domain.session.SessionCard;

/** A month as seven columns of days, each listing its sessions in the viewer's time zone. */
class MonthGrid extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    MonthGrid(YearMonth month, ZoneId zone, List<SessionCard> sessions) {
        setId("month-grid");
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(7, minmax(0, 1fr))")
                .set("gap", "1px").set("background", "var(--lumo-contrast-10pct)").set("width", "100%")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        for (DayOfWeek d : DayOfWeek.values()) {
            var head = new Div(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            head.getStyle().set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-xs)")
                    .set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)");
            add(head);
        }
        LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (; !day.isAfter(end); day = day.plusDays(1)) {
            add(cell(day, month, zone, sessions));
        }
    }

    private static Div cell(LocalDate day, YearMonth month, ZoneId zone, List<SessionCard> sessions) {
        var number = new Span(String.valueOf(day.getDayOfMonth()));
        number.addClassName("planner-muted");
        var cell = new Div(number);
        cell.getStyle().set("background", YearMonth.from(day).equals(month) ? "var(--lumo-base-color)" : "var(--lumo-contrast-5pct)")
                .set("min-height", "88px").set("padding", "var(--lumo-space-xs)").set("font-size", "var(--lumo-font-size-s)");
        for (SessionCard s : sessions) {
            var local = s.start().withZoneSameInstant(zone);
            if (local.toLocalDate().equals(day)) {
                var link = new RouterLink(local.format(TIME) + " " + s.title(), SessionView.class,
                        new RouteParameters("sessionId", String.valueOf(s.id())));
                link.getStyle().set("display", "block").set("overflow", "hidden").set("text-overflow", "ellipsis")
                        .set("white-space", "nowrap");
                if (s.status().name().equals("CANCELLED")) {
                    link.getStyle().set("text-decoration", "line-through");
                }
                cell.add(link);
            }
        }
        return cell;
    }
}
