package id.kalbar.monev.program;

import id.kalbar.monev.catalogue.CatalogueRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Program", description = "A strategic program of the cooperatives and SME affairs")
public record ProgramResponse(
        @Schema(required = true, examples = "2.17.06") String code,
        @Schema(required = true) String name,
        @Schema(required = true) ProgramField field,
        @Schema(required = true) ProgramAuthority authority,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) String missionAlignment,
        @Schema(nullable = true) String ministryAlignment,
        @Schema(required = true) int startYear,
        @Schema(nullable = true) Integer endYear,
        @Schema(required = true, description = "False once retired") boolean active,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) implements CatalogueRecord<ProgramInput> {

    static ProgramResponse from(Program p) {
        return new ProgramResponse(p.code, p.name, p.field, p.authority, p.description, p.missionAlignment,
                p.ministryAlignment, p.startYear, p.endYear, p.active, p.createdAt, p.updatedAt, p.version);
    }

    @Override
    public ProgramInput toInput(boolean newActive) {
        return new ProgramInput(code, name, field, authority, description, missionAlignment, ministryAlignment,
                startYear, endYear, newActive);
    }
}
