package org.peerplanner.web.common;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.peerplanner.domain.common.InvalidInputException;

/**
 * Shows a service's field messages next to the matching fields; messages for fields the form does
 * not show are returned so the caller can show them elsewhere.
 */
public final class FieldMessages {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldMessages bind(String property, HasValidation field) {
        fields.put(property, field);
        return this;
    }

    /** Returns the messages that have no field here, joined, or an empty string. */
    public String show(InvalidInputException e) {
        clear();
        var unplaced = new StringBuilder();
        e.fieldErrors().forEach((property, message) -> {
            HasValidation field = fields.get(property);
            if (field == null) {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        return unplaced.toString();
    }

    public void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }
}
