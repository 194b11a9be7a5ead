package id.kalbar.monev.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.kalbar.monev.common.InputJson;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import id.kalbar.monev.common.rules.RuleCode;
import java.util.Optional;
import java.util.Set;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Rewrites the problem extension's answers to bad input into this API's validation problem: an
 * {@code errors} list naming each field as the client wrote it ("username", "items[0].value"),
 * never a Java method path or class name.
 */
@ApplicationScoped
public class ValidationProblems implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        Throwable cause = bodyReadingCause(context.cause);
        if (cause instanceof ConstraintViolationException violations) {
            return singleRule(violations.getConstraintViolations())
                    .map(rule -> Problems.validation(rule.problemType(), fieldErrors(violations)))
                    .orElseGet(() -> Problems.validation(fieldErrors(violations)));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return fromMismatchedInput(mismatch);
        }
        if (cause instanceof JsonProcessingException) {
            return CodedProblem.of(Response.Status.BAD_REQUEST, "malformed-json")
                    .title("Bad Request")
                    .detail("The request body is not well-formed JSON")
                    .build();
        }
        return problem;
    }

    /**
     * The rule every violation breaks, when they all break the same one: a text too long or a number
     * that does not fit answers with that rule's type, as a bulk load reports the same value.
     */
    static Optional<RuleCode> singleRule(Set<? extends ConstraintViolation<?>> violations) {
        Set<Optional<RuleCode>> rules = violations.stream()
                .map(ValidationProblems::rule)
                .collect(Collectors.toSet());
        return rules.size() == 1 ? rules.iterator().next() : Optional.empty();
    }

    private static Optional<RuleCode> rule(ConstraintViolation<?> violation) {
        Object annotation = violation.getConstraintDescriptor().getAnnotation();
        if (annotation instanceof Size size && violation.getInvalidValue() instanceof CharSequence text
                && text.length() > size.max()) {
            return Optional.of(RuleCode.TOO_LONG);
        }
        return annotation instanceof Digits ? Optional.of(RuleCode.NOT_A_NUMBER) : Optional.empty();
    }

    /** A body that is JSON but not the expected shape: an unknown property, a wrong type. */
    private static final java.net.URI VALIDATION_TYPE = Problems.VALIDATION;

    public static HttpProblem fromMismatchedInput(MismatchedInputException mismatch) {
        if (mismatch instanceof UnrecognizedPropertyException unknown) {
            return Problems.validation(jsonPath(unknown), "is not a known property");
        }
        if (mismatch instanceof InputJson.UnstorableValueException unstorable) {
            // The same rule, and so the same problem type, as text refused by a feature or a bulk load.
            boolean nul = unstorable.getOriginalMessage().contains("NUL");
            return Problems.validation(nul ? RuleCode.BAD_TEXT.problemType() : VALIDATION_TYPE,
                    List.of(new FieldError(jsonPath(unstorable), unstorable.getOriginalMessage())));
        }
        if (mismatch.getPath().isEmpty()) {
            return Problems.validation("body", "must be a JSON object of the documented shape");
        }
        Class<?> target = mismatch.getTargetType();
        if (target != null && target.isEnum()) {
            return Problems.validation(jsonPath(mismatch), "must be one of " + Arrays.toString(target.getEnumConstants()));
        }
        return Problems.validation(jsonPath(mismatch), "has the wrong type or format");
    }

    /** JSON errors arrive wrapped in the 400 the REST layer throws while reading the body. */
    private static Throwable bodyReadingCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException) {
                return t;
            }
        }
        return error;
    }

    @Override
    public int priority() {
        // Before the extension's own post-processors, which fill in defaults such as `instance`.
        return 1000;
    }

    private static List<FieldError> fieldErrors(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .map(v -> new FieldError(clientPath(v), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    public static String clientPath(ConstraintViolation<?> violation) {
        // Method validation paths read: method > parameter > property > ...
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(n -> n.getKind() != ElementKind.METHOD)
                .toList();
        if (nodes.isEmpty()) {
            return "body";
        }
        List<Path.Node> properties = nodes.get(0).getKind() == ElementKind.PARAMETER && nodes.size() > 1
                ? nodes.subList(1, nodes.size())
                : nodes;
        return properties.stream().map(ValidationProblems::nodeText).collect(Collectors.joining("."));
    }

    private static String nodeText(Path.Node node) {
        String name = node.getName() == null ? "" : node.getName();
        return node.getIndex() == null ? name : name + "[" + node.getIndex() + "]";
    }

    private static String jsonPath(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : exception.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
