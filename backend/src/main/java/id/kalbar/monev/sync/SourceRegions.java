package id.kalbar.monev.sync;

import id.kalbar.monev.auth.RegionScope;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each region is mirrored from one source at most: two sources writing the same province would overwrite each
 * other's records at every run. Checked at start, so that a wrong configuration stops the server rather than
 * its data.
 */
@ApplicationScoped
class SourceRegions {

    private final SyncConfig config;

    SourceRegions(SyncConfig config) {
        this.config = config;
    }

    void check(@Observes StartupEvent start) {
        List<String> problems = overlaps(config.sources());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("monev.sync.sources: " + String.join("; ", problems));
        }
    }

    /** The pairs of sources whose regions overlap, said in words; none when each region has one source. */
    static List<String> overlaps(Map<String, SyncConfig.Source> sources) {
        List<Map.Entry<String, SyncConfig.Source>> named = new ArrayList<>(new TreeMap<>(sources).entrySet());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                RegionScope first = RegionScope.of(named.get(i).getValue().region());
                RegionScope second = RegionScope.of(named.get(j).getValue().region());
                if (first.covers(second) || second.covers(first)) {
                    problems.add("sources " + named.get(i).getKey() + " and " + named.get(j).getKey()
                            + " both bring region " + (first.covers(second) ? second : first).describe()
                            + "; give each region one source");
                }
            }
        }
        return problems;
    }
}
