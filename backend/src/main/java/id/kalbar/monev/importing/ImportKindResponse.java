package id.kalbar.monev.importing;

import id.kalbar.monev.auth.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "BulkKind", description = "A kind of record that is loaded and downloaded in bulk")
public record ImportKindResponse(
        @Schema(required = true, description = "Its name in /imports/{kind} and /exports/{kind}", examples = "realizations") String name,
        @Schema(required = true) String description,
        @Schema(required = true, description = "The columns of a file (CSV header, JSON fields), in export order") List<String> columns,
        @Schema(required = true, description = "The columns a file must have") List<String> requiredColumns,
        @Schema(required = true, description = "Free-text columns: exports prefix a cell a spreadsheet would run as a "
                + "formula (leading =, +, -, @, tab, CR) with ', and imports drop that ' again") List<String> textColumns,
        @Schema(required = true, description = "The roles that may load it; every role may download it") List<Role> loaders) {

    static ImportKindResponse from(BulkKind kind) {
        return new ImportKindResponse(kind.name(), kind.description(), kind.columns(), kind.requiredColumns(),
                kind.columns().stream().filter(kind.textColumns()::contains).toList(),
                kind.loaders().stream().sorted().toList());
    }
}
