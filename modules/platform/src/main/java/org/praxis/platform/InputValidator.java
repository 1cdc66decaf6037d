package org.praxis.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * Checks a form's Bean Validation constraints at the service boundary. Constraint messages are
 * written as {@code {i18n.key}}; this turns them into {@link InvalidInputException} keys, so views
 * show them in plain words whatever validated them.
 */
@Component
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@link InvalidInputException} listing every broken constraint; returns quietly if none. */
    public void check(Object form) {
        List<String> problems = validator.validate(form).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(InputValidator::key)
                .distinct()
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String key(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        return template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : template;
    }
}
