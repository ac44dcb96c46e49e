package org.peerplanner.web;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

/** Browserless stand-ins for what a browser's date picker tells the server. */
public final class DatePickers {

    private DatePickers() {
    }

    /** Someone typed text the picker cannot read: the browser reports it, and the value stays empty. */
    public static void typeUnreadable(DatePicker picker, String text) {
        picker.getElement().setProperty("_inputElementValue", text);
        picker.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(picker.getElement(), "unparsable-change", JacksonUtils.createObjectNode()));
    }
}
