package org.peerplanner.web.common;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.ValueContext;

/**
 * A date picker whose typed text is not a date reports an empty value, so a form that only reads the value would
 * quietly save "no date". Forms ask here first and keep the person's text with a message instead.
 */
public final class DateFields {

    private DateFields() {
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
