package id.kalbar.monev.importing;

import id.kalbar.monev.common.problem.Problems;

import java.util.Locale;

/** What a bulk load or export carries. */
public enum ImportKind {
    REALIZATIONS, TARGETS, INDICATORS, REGIONS;

    public static ImportKind fromPath(String kind) {
        try {
            return valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.notFound("Import kind", kind);
        }
    }

    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
