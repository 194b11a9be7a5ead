package id.kalbar.monev.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * The problem responses the services throw; one place so titles and types stay consistent. Each has
 * its code (type {@code urn:monev:problem:<code>}) and English text; {@link ProblemLanguageFilter}
 * answers in the client's language.
 */
public final class Problems {

    public static final URI VALIDATION = CodedProblem.type("validation");

    private Problems() {
    }

    /** One field's problem reads "field: message"; the detail of several counts them. */
    public static HttpProblem validation(List<FieldError> errors) {
        return validation(VALIDATION, errors);
    }

    /** A validation problem typed by the one rule all its errors break. */
    public static HttpProblem validation(URI type, List<FieldError> errors) {
        return CodedProblem.of(Response.Status.BAD_REQUEST, CodedProblem.codeOf(type))
                .title("Invalid request")
                .detail(errors.size() == 1
                        ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields or parameters are invalid")
                .with("errors", List.copyOf(errors))
                .arg("count", errors.size())
                .build();
    }

    public static HttpProblem validation(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    /** {@code what} is the English name of the record ("Meeting"); the bundles name it in other languages. */
    public static HttpProblem notFound(String what, String key) {
        return CodedProblem.of(Response.Status.NOT_FOUND, "not-found")
                .title("Not Found")
                .detail(what + " '" + key + "' does not exist")
                .arg("entity", what)
                .arg("key", key)
                .build();
    }

    public static HttpProblem unauthorized(String detail) {
        return unauthorized("unauthorized", detail);
    }

    public static HttpProblem unauthorized(String code, String detail) {
        return CodedProblem.of(Response.Status.UNAUTHORIZED, code)
                .title("Unauthorized")
                .detail(detail)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    public static HttpProblem forbidden(String detail) {
        return forbidden("forbidden", detail);
    }

    public static HttpProblem forbidden(String code, String detail) {
        return CodedProblem.of(Response.Status.FORBIDDEN, code)
                .title("Forbidden")
                .detail(detail)
                .build();
    }

    public static HttpProblem conflict(String detail) {
        return conflict("conflict", detail);
    }

    /** A conflict of one rule whose detail template takes one named argument. */
    public static HttpProblem conflict(String code, String detail, String argument, Object value) {
        return CodedProblem.of(Response.Status.CONFLICT, code).title("Conflict").detail(detail).arg(argument, value).build();
    }

    public static HttpProblem conflict(String code, String detail) {
        return CodedProblem.of(Response.Status.CONFLICT, code)
                .title("Conflict")
                .detail(detail)
                .build();
    }
}
