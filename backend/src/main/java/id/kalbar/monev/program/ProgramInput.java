package id.kalbar.monev.program;

import id.kalbar.monev.catalogue.CatalogueInput;
import id.kalbar.monev.common.CatalogueCodes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program as clients send it: to create (POST), replace (PUT) or, merged with a patch, update it. */
@Schema(name = "ProgramInput", description = "A strategic program as written by an administrator")
public record ProgramInput(
        @Schema(description = "Stable code: required to create; on PUT it may be left out but cannot change",
                examples = "2.17.06", maxLength = 32, pattern = CatalogueCodes.PATTERN)
        @Size(max = CatalogueCodes.MAX_LENGTH) @Pattern(regexp = CatalogueCodes.PATTERN, message = CatalogueCodes.MESSAGE)
        String code,
        @Schema(required = true, examples = "Program Pemberdayaan dan Perlindungan Koperasi", maxLength = 300)
        @NotBlank @Size(max = 300) String name,
        @Schema(required = true) @NotNull ProgramField field,
        @Schema(required = true) @NotNull ProgramAuthority authority,
        @Schema(maxLength = 4000, nullable = true) @Size(max = 4000) String description,
        @Schema(description = "Link to the governor's mission", maxLength = 2000, nullable = true) @Size(max = 2000) String missionAlignment,
        @Schema(description = "Link to the ministry's priorities, e.g. access to capital for cooperatives",
                maxLength = 2000, nullable = true) @Size(max = 2000) String ministryAlignment,
        @Schema(required = true, minimum = "2000", maximum = "2100", examples = "2021")
        @NotNull @Min(CatalogueCodes.MIN_YEAR) @Max(CatalogueCodes.MAX_YEAR) Integer startYear,
        @Schema(description = "Last active year; open-ended when absent", minimum = "2000", maximum = "2100", nullable = true)
        @Min(CatalogueCodes.MIN_YEAR) @Max(CatalogueCodes.MAX_YEAR) Integer endYear,
        @Schema(description = "False once retired; defaults to true", defaultValue = "true") Boolean active) implements CatalogueInput {

    /** The name is stored without blanks around it. */
    public ProgramInput {
        name = name == null ? null : name.trim();
    }
}
