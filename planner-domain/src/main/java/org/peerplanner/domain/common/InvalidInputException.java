package org.peerplanner.domain.common;

import java.util.Map;

/**
 * Input broke a rule; nothing was saved. {@code fieldErrors} maps a command property (for example
 * {@code "email"}) to a message a person can act on, so a form can show it next to the field.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
