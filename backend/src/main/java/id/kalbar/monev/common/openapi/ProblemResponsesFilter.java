package id.kalbar.monev.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents the problem responses every API operation can return, in one place: 400 for operations
 * taking input, 401/403 where a token is needed, 404 for addressed records, 415 where a body is read,
 * 500 and 503 everywhere. Operations may declare more (409, 412) themselves.
 */
public class ProblemResponsesFilter implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemSchemas(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(operation -> documentProblems(path, operation, openAPI));
            }
        });
    }

    private void documentProblems(String path, Operation operation, OpenAPI openAPI) {
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() == null
                ? openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty()
                : !operation.getSecurity().isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasQuery = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (hasBody || hasQuery) {
            add(responses, "400", "Invalid input; `errors` lists each rejected field or parameter");
        }
        if (secured) {
            add(responses, "401", "No token, or an invalid or expired token");
            add(responses, "403", "The token's role or region may not do this");
        } else if (hasBody) {
            add(responses, "401", "Credentials refused");
        }
        if (path.contains("{")) {
            add(responses, "404", "No such record");
        }
        if (hasBody) {
            add(responses, "415", "The body is not in a supported media type");
        }
        for (String declared : List.of("409", "412", "413", "422", "429")) {
            if (responses.hasAPIResponse(declared)) {
                add(responses, declared, null);
            }
        }
        add(responses, "500", "Unexpected server error (no details are disclosed)");
        add(responses, "503", "The database is unreachable");
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            // Declared by the operation (or filled in by the problem extension): its body is our Problem.
            responses.getAPIResponse(status).content(problemContent());
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static void addProblemSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        Schema fieldError = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("A rejected field or parameter and the reason")
                .required(List.of("field", "message"))
                .properties(orderedMap(
                        "field", string("JSON field (dotted path) or parameter name"),
                        "message", string("What is wrong with it")));
        Schema problem = OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .required(List.of("title", "status"))
                .properties(orderedMap(
                        "type", string("URI of the problem type; about:blank when the status says it all"),
                        "title", string("Short summary of the problem type"),
                        "status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"),
                        "detail", string("Explanation of this occurrence"),
                        "instance", string("The request path"),
                        "errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                                .description("For validation problems: each rejected field or parameter")
                                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")),
                        "summary", OASFactory.createSchema().ref("#/components/schemas/ImportSummary")
                                .description("For a rejected import: what each row would have done, and why rows were rejected")));
        openAPI.getComponents().addSchema("FieldError", fieldError).addSchema("Problem", problem);
        // The problem extension documents its own Java model; the contract names only the schemas above.
        List.of("HttpProblem", "HttpValidationProblem", "Violation").forEach(openAPI.getComponents()::removeSchema);
    }

    /** Property order must not vary between builds, or the committed contract would drift. */
    private static Map<String, Schema> orderedMap(Object... nameThenSchema) {
        Map<String, Schema> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenSchema.length; i += 2) {
            map.put((String) nameThenSchema[i], (Schema) nameThenSchema[i + 1]);
        }
        return map;
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
