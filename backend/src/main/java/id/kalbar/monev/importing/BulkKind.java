package id.kalbar.monev.importing;

import id.kalbar.monev.auth.Role;

import java.util.List;
import java.util.Set;

/**
 * One kind of record that can be loaded and downloaded in bulk. Each lives in its feature's package and
 * is found by the engine as a bean: adding a kind touches its feature only.
 */
public interface BulkKind {

    /** The name in the path: {@code /imports/{name}}, {@code /exports/{name}}. */
    String name();

    String description();

    /**
     * Where the kind stands in the list of kinds, lowest first: the kinds people load most often (values
     * reported every period) before those loaded now and then (the catalogue, the regions).
     */
    int listPosition();

    /** The columns of a file, in the order of exports. */
    List<String> columns();

    List<String> requiredColumns();

    /** Columns holding free text: a spreadsheet would run a leading {@code =}, so exports neutralize them. */
    default Set<String> textColumns() {
        return Set.of();
    }

    /**
     * Columns holding a region's Kemendagri code: written in the scheme a download asks for (BPS codes
     * for a ministry system), as a load given that scheme reads them.
     */
    default Set<String> regionColumns() {
        return Set.of();
    }

    /** Columns holding an indicator's code: written as the ministry's code in a download keyed that way. */
    default Set<String> indicatorColumns() {
        return Set.of();
    }

    /** Who may load it: the same roles its feature lets write a single record. */
    Set<Role> loaders();

    /**
     * Whether the kind belongs to the catalogue every province shares (regions, indicators): then only an
     * administrator of the whole deployment loads it, as only one changes a single catalogue record.
     */
    default boolean sharedCatalogue() {
        return false;
    }

    /** Prepares one load: looks up what the row checks need before the rows stream in. */
    KindLoader loader(ImportActor actor, IdScheme scheme);

    /** The rows to download, in {@link #columns()} order, for these filters and this caller. */
    ExportQuery export(ExportFilters filters);
}
