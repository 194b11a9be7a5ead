package id.kalbar.monev.common.problem;

import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.common.rules.RuleCode;
import jakarta.validation.ConstraintViolation;
import java.util.Optional;
import java.util.Set;

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
        check(input, ruleErrors, Optional.empty());
    }

    /**
     * As {@link #check(Object, List)}, with a refusal of a shared rule: alone, it answers with its own
     * problem type (as a bulk load reports the same rule); among other errors, it is one of them.
     */
    public void check(Object input, List<FieldError> ruleErrors, Optional<Refusal> refusal) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (violations.isEmpty() && ruleErrors.isEmpty() && refusal.isPresent()) {
            throw refusal.get().toProblem();
        }
        List<FieldError> errors = new ArrayList<>();
        violations.forEach(v -> errors.add(new FieldError(ValidationProblems.clientPath(v), v.getMessage())));
        errors.addAll(ruleErrors);
        refusal.ifPresent(r -> errors.add(new FieldError(r.field(), r.message())));
        if (!errors.isEmpty()) {
            List<FieldError> sorted = errors.stream().distinct()
                    .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message)).toList();
            Optional<RuleCode> rule = ruleErrors.isEmpty() && refusal.isEmpty()
                    ? ValidationProblems.singleRule(violations) : Optional.empty();
            throw rule.map(r -> Problems.validation(r.problemType(), sorted)).orElseGet(() -> Problems.validation(sorted));
        }
    }
}
