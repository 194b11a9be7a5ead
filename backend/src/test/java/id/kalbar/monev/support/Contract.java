package id.kalbar.monev.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Path;

/**
 * Every test request goes through the published contract, openapi.yaml at the repository root:
 * {@link #api()} checks request and response; {@link #badInput()} sends deliberately invalid requests
 * and still checks that the response is what the contract promises.
 */
public final class Contract {

    private static final String SPEC = Path.of("..", "openapi.yaml").toAbsolutePath().normalize().toUri().toString();

    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC).build());

    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }

    public static RequestSpecification api() {
        return RestAssured.given().filter(STRICT);
    }

    public static RequestSpecification api(String username) {
        return api().header("Authorization", "Bearer " + Tokens.of(username));
    }

    public static RequestSpecification badInput() {
        return RestAssured.given().filter(RESPONSES_ONLY);
    }

    public static RequestSpecification badInput(String username) {
        return badInput().header("Authorization", "Bearer " + Tokens.of(username));
    }
}
