package id.kalbar.monev.indicator;

import id.kalbar.monev.importing.IdScheme;
import id.kalbar.monev.region.Region;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicators and regions, held in memory for the length of one bulk load of targets or realizations.
 * It lives with the indicators so that the import machinery need not know any feature.
 */
public final class BulkCatalogue {

    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, Region> regionsById = new HashMap<>();

    public BulkCatalogue(List<Indicator> indicators, List<Region> regions, IdScheme scheme) {
        indicators.forEach(i -> this.indicators.put(i.code, i));
        regions.forEach(r -> regionsById.put(scheme == IdScheme.BPS ? r.bpsCode : r.code, r));
    }

    public Indicator indicator(String code) {
        return indicators.get(code);
    }

    /** The region a file names, by the file's code scheme. */
    public Region region(String id) {
        return regionsById.get(id);
    }
}
