package id.kalbar.monev.common.problem;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Problem responses in the language the client asks for with {@code Accept-Language} (Indonesian or
 * English; English when it asks for neither: the dashboard always names its language). The title and detail come from the problem's code;
 * a code the bundles do not know keeps the English text it was thrown with. Field messages of
 * validation problems are translated where the bundles know the sentence.
 */
@Provider
public class ProblemLanguageFilter implements ContainerResponseFilter {

    private final ProblemMessages messages;

    public ProblemLanguageFilter(ProblemMessages messages) {
        this.messages = messages;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof HttpProblem problem)) {
            return;
        }
        Locale locale = messages.choose(request.getAcceptableLanguages());
        response.setEntity(localize(problem, locale), null, HttpProblem.MEDIA_TYPE);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }

    HttpProblem localize(HttpProblem problem, Locale locale) {
        String code = codeOf(problem);
        Map<String, Object> arguments = new java.util.HashMap<>(problem instanceof CodedProblem coded ? coded.arguments() : Map.of());
        List<?> errors = problem.getParameters().get("errors") instanceof List<?> list ? localizeErrors(list, locale) : null;
        if (errors != null) {
            arguments.putIfAbsent("count", errors.size());
        }
        HttpProblem.Builder builder = HttpProblem.builder()
                .withType(problem.getType() == null ? CodedProblem.type(code) : problem.getType())
                .withStatus(problem.getStatusCode())
                .withInstance(problem.getInstance())
                .withTitle(messages.title(locale, code).orElse(problem.getTitle()))
                .withDetail(errors != null && errors.size() == 1 && errors.get(0) instanceof FieldError only
                        && problem.getDetail() != null && problem.getDetail().startsWith(only.field() + ": ")
                        ? only.field() + ": " + only.message()
                        : messages.detail(locale, code, merged(problem.getParameters(), arguments))
                                .or(() -> messages.sentence(locale, problem.getDetail()))
                                .orElse(problem.getDetail()));
        problem.getParameters().forEach((name, value) -> builder.with(name, "errors".equals(name) && errors != null ? errors : value));
        problem.getHeaders().forEach(builder::withHeader);
        return builder.build();
    }

    /** Problems of this API name their code in the type; the others are known by their status. */
    private static String codeOf(HttpProblem problem) {
        String code = CodedProblem.codeOf(problem.getType());
        return code != null ? code : BY_STATUS.getOrDefault(problem.getStatusCode(), "http-" + problem.getStatusCode());
    }

    /** Codes of the problems the HTTP layer raises without a type of this API. */
    private static final Map<Integer, String> BY_STATUS = Map.ofEntries(
            Map.entry(400, "bad-request"), Map.entry(401, "unauthorized"), Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"), Map.entry(405, "method-not-allowed"), Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"), Map.entry(412, "stale-etag"), Map.entry(413, "too-large"),
            Map.entry(415, "unsupported-media-type"), Map.entry(500, "internal"), Map.entry(503, "unavailable"));

    private List<?> localizeErrors(List<?> list, Locale locale) {
        return list.stream().map(item -> item instanceof FieldError error
                ? new FieldError(error.field(), messages.sentence(locale, error.message()).orElse(error.message()))
                : item).toList();
    }

    private static Map<String, Object> merged(Map<String, Object> parameters, Map<String, Object> arguments) {
        if (parameters.isEmpty()) {
            return arguments;
        }
        Map<String, Object> all = new java.util.HashMap<>(parameters);
        all.putAll(arguments);
        return all;
    }
}
