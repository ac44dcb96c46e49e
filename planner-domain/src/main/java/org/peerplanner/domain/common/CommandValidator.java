package org.peerplanner.domain.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Runs Bean Validation on a command and turns violations into one {@link InvalidInputException}. */
@Component
public class CommandValidator {

    private final Validator validator;

    CommandValidator(Validator validator) {
        this.validator = validator;
    }

    public void check(Object command) {
        var violations = validator.validate(command);
        if (violations.isEmpty()) {
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(fieldOf(v), v.getMessage()));
        throw new InvalidInputException(errors);
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int nested = path.indexOf('[');
        return nested > 0 ? path.substring(0, nested) : path;
    }
}
