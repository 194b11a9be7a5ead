package id.kalbar.monev.importing;

import java.util.List;

/** The SELECT of a download, its columns in the kind's order, with its parameters. */
public record ExportQuery(String sql, List<Object> parameters) {
}
