package id.kalbar.monev.catalogue;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Gives each catalogue kind its own version of the operations it inherits from {@link CatalogueResource}:
 * SmallRye documents them from the same annotations for every kind, with the kind's input as the request
 * body but {@link #KIND} in the texts and the base method's name as operationId. This names them in the
 * kind's words ({@code create} of programs becomes {@code createProgram}, "Create a program"), points
 * their 200 and 201 answers at the kind's record, and documents their {@link RolesAllowed}.
 * <p>
 * A kind is named by its path, so that a new kind needs nothing here: {@code /api/v1/programs} serves
 * the kind "program" (the last segment, without its plural s), whose record is the schema "Program".
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CatalogueOperationsFilter implements OASFilter {

    /** The kind in a text of {@link CatalogueResource}: "program". */
    public static final String KIND = "{kind}";
    /** "a program", "an indicator". */
    public static final String A_KIND = "{a kind}";
    /** "A program", to begin a sentence. */
    public static final String CAPITAL_A_KIND = "{A kind}";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (var entry : new LinkedHashMap<>(item.getOperations()).entrySet()) {
                if (isWrittenForAnyKind(entry.getValue())) {
                    // Set again so that it follows the kind's own operations (its list), as it always has.
                    item.setOperation(entry.getKey(), null);
                    item.setOperation(entry.getKey(), ofKind(entry.getValue(), Kind.servedAt(path), openAPI));
                }
            }
        });
    }

    private static boolean isWrittenForAnyKind(Operation operation) {
        String summary = operation.getSummary();
        return summary != null && (summary.contains(KIND) || summary.contains(A_KIND));
    }

    private static Operation ofKind(Operation operation, Kind kind, OpenAPI openAPI) {
        String method = operation.getOperationId();
        operation.setOperationId(method + kind.capitalized());
        operation.setSummary(kind.in(operation.getSummary()));
        operation.setDescription(kind.in(operation.getDescription()));
        String record = kind.recordSchema(openAPI);
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            response.setDescription(kind.in(response.getDescription()));
            if (status.equals("200") || status.equals("201")) {
                response.setContent(null); // SmallRye's untyped body for a Response; the record follows the ETag header
                response.setContent(OASFactory.createContent().addMediaType(MediaType.APPLICATION_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(record))));
            }
        });
        documentRoles(operation, method);
        return operation;
    }

    /**
     * What Quarkus adds for the {@link RolesAllowed} of a resource's own methods but not of inherited ones
     * (quarkusio/quarkus#54312): the security requirement with the roles, and the 401 and 403 answers.
     */
    private static void documentRoles(Operation operation, String methodName) {
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            return; // documented already, by a Quarkus that handles inherited methods
        }
        Method method = Arrays.stream(CatalogueResource.class.getMethods())
                .filter(m -> m.getName().equals(methodName) && m.isAnnotationPresent(RolesAllowed.class))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("CatalogueResource has no secured method " + methodName));
        String scheme = ConfigProvider.getConfig().getValue("quarkus.smallrye-openapi.security-scheme-name", String.class);
        operation.addSecurityRequirement(OASFactory.createSecurityRequirement()
                .addScheme(scheme, List.of(method.getAnnotation(RolesAllowed.class).value())));
        APIResponses responses = operation.getResponses();
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"));
        }
        if (!responses.hasAPIResponse("403")) {
            responses.addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed"));
        }
    }

    /** A catalogue kind as its collection path names it. */
    record Kind(String word) {

        static Kind servedAt(String path) {
            String collection = path.contains("/{") ? path.substring(0, path.indexOf("/{")) : path;
            String plural = collection.substring(collection.lastIndexOf('/') + 1);
            if (plural.length() < 2 || !plural.endsWith("s")) {
                throw new IllegalStateException("A catalogue path must end in a plural kind: " + path);
            }
            return new Kind(plural.substring(0, plural.length() - 1));
        }

        String capitalized() {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }

        /** "an" before a vowel: enough for the kinds' words. */
        String withArticle() {
            return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
        }

        String in(String text) {
            if (text == null) {
                return null;
            }
            String withArticle = withArticle();
            return text.replace(CAPITAL_A_KIND, Character.toUpperCase(withArticle.charAt(0)) + withArticle.substring(1))
                    .replace(A_KIND, withArticle)
                    .replace(KIND, word);
        }

        /** Each kind's response record is named after it, as {@code @Schema(name = "Program")}. */
        String recordSchema(OpenAPI openAPI) {
            String name = capitalized();
            if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                    || !openAPI.getComponents().getSchemas().containsKey(name)) {
                throw new IllegalStateException("No schema " + name + " for the records of the catalogue kind " + word);
            }
            return "#/components/schemas/" + name;
        }
    }
}
