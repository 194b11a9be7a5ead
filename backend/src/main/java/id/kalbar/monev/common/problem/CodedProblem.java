package id.kalbar.monev.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A problem of one rule: its type is {@code urn:monev:problem:<code>}, its English title and detail
 * are given, and the named arguments fill the detail templates of other languages
 * ({@code problems_id.properties}: {@code <code>.detail=Periode {period} ...}). The arguments are
 * not part of the response body.
 */
public final class CodedProblem extends HttpProblem {

    public static final String TYPE_PREFIX = "urn:monev:problem:";

    private final transient Map<String, Object> arguments;

    private CodedProblem(HttpProblem.Builder builder, Map<String, Object> arguments) {
        super(builder);
        this.arguments = Map.copyOf(arguments);
    }

    public Map<String, Object> arguments() {
        return arguments;
    }

    /** The same problem as rebuilt by the problem extension, with the arguments of the one thrown. */
    static CodedProblem copy(HttpProblem problem, Map<String, Object> arguments) {
        return new CodedProblem(HttpProblem.builder(problem), arguments);
    }

    public static URI type(String code) {
        return URI.create(TYPE_PREFIX + code);
    }

    /** The code of a problem type of this API, or null for other types. */
    public static String codeOf(URI type) {
        String text = type == null ? null : type.toString();
        return text != null && text.startsWith(TYPE_PREFIX) ? text.substring(TYPE_PREFIX.length()) : null;
    }

    public static Builder of(Response.StatusType status, String code) {
        return new Builder(status, code);
    }

    /** Builds a coded problem; title and detail are the English text, used wherever no translation exists. */
    public static final class Builder {

        private final HttpProblem.Builder problem = HttpProblem.builder();
        private final Map<String, Object> arguments = new LinkedHashMap<>();

        private Builder(Response.StatusType status, String code) {
            problem.withStatus(status).withType(type(code));
        }

        public Builder title(String english) {
            problem.withTitle(english);
            return this;
        }

        public Builder detail(String english) {
            problem.withDetail(english);
            return this;
        }

        /** A named argument of the detail templates, e.g. {@code {region}}. */
        public Builder arg(String name, Object value) {
            arguments.put(name, value);
            return this;
        }

        /** An extension member of the response body (such as {@code errors}). */
        public Builder with(String name, Object value) {
            problem.with(name, value);
            return this;
        }

        public Builder header(String name, Object value) {
            problem.withHeader(name, value);
            return this;
        }

        public CodedProblem build() {
            return new CodedProblem(problem, arguments);
        }
    }
}
