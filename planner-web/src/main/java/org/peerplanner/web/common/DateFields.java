package org.peerplanner.web.common;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.data.binder.ValueContext;
import java.util.List;

/**
 * A date picker whose typed text is not a date reports an empty value, so a form that only reads the value would
 * quietly save "no date". Forms ask here first and keep the person's text with a message instead.
 */
public final class DateFields {

    /**
     * How date pickers show a date: the way the app writes dates ("Tue 1 Dec 2026"), not the browser's locale
     * (12/1/2026 in a US browser). Typing also accepts day-first numbers and ISO dates; weeks start on Monday.
     * Patterns are date-fns patterns, which the picker's connector uses.
     */
    public static final List<String> FORMATS = List.of("EEE d MMM yyyy", "d MMM yyyy", "d.M.yyyy", "d/M/yyyy",
            "yyyy-MM-dd", "d MMM");

    private DateFields() {
    }

    /** A date picker showing dates the app's way. */
    public static DatePicker picker(String label) {
        var picker = new DatePicker(label);
        likeTheApp(picker);
        return picker;
    }

    public static DatePicker picker() {
        var picker = new DatePicker();
        likeTheApp(picker);
        return picker;
    }

    /** Gives the pickers the app's date format; every date picker of the app goes through here. */
    public static void likeTheApp(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            picker.setI18n(i18n());
        }
    }

    public static void likeTheApp(DateTimePicker picker) {
        picker.setDatePickerI18n(i18n());
    }

    private static DatePicker.DatePickerI18n i18n() {
        return new DatePicker.DatePickerI18n()
                .setDateFormats(FORMATS.getFirst(), FORMATS.subList(1, FORMATS.size()).toArray(String[]::new))
                .setFirstDayOfWeek(1);
    }

    /** Marks the picker invalid with {@code message} and returns true when its text cannot be read as a date. */
    public static boolean refuseUnreadable(DatePicker picker, String message) {
        boolean unreadable = picker.getDefaultValidator().apply(picker.getValue(), new ValueContext(picker)).isError();
        if (unreadable) {
            picker.setErrorMessage(message);
            picker.setInvalid(true);
        }
        return unreadable;
    }
}
