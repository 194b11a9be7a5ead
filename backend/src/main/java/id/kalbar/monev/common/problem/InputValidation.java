package id.kalbar.monev.common.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a request body's own constraints and the service's rules in one pass, so that a form shows
 * every problem at once instead of one round of errors after another.
 */
@ApplicationScoped
public class InputValidation {

    private final Validator validator;

    public InputValidation(Validator validator) {
        this.validator = validator;
    }

    /** Throws one validation problem listing the body's constraint violations and the rule errors. */
    public void check(Object input, List<FieldError> ruleErrors) {
        List<FieldError> errors = new ArrayList<>();
        validator.validate(input).forEach(v -> errors.add(new FieldError(ValidationProblems.clientPath(v), v.getMessage())));
        errors.addAll(ruleErrors);
        if (!errors.isEmpty()) {
            throw Problems.validation(errors.stream().distinct()
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList());
        }
    }
}
