package id.kalbar.monev.achievement;

import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The provinces a report covers, in code order, and each with its regencies and cities. */
final class RegionTree {

    private final List<String> provinces;
    private final Map<String, List<Region>> subtrees;

    private RegionTree(List<String> provinces, Map<String, List<Region>> subtrees) {
        this.provinces = provinces;
        this.subtrees = subtrees;
    }

    /** @param visible the provinces the caller may see; null for every one */
    static RegionTree of(List<Region> regions, List<String> visible) {
        List<String> provinces = new ArrayList<>();
        Map<String, List<Region>> subtrees = new HashMap<>();
        // In code order a province comes before its regencies and cities.
        regions.stream().sorted(Comparator.comparing((Region r) -> r.code)).forEach(r -> {
            boolean province = r.level == RegionLevel.PROVINCE;
            if (province && (visible == null || visible.contains(r.code))) {
                provinces.add(r.code);
            }
            subtrees.computeIfAbsent(province ? r.code : r.parentCode, p -> new ArrayList<>()).add(r);
        });
        return new RegionTree(List.copyOf(provinces), subtrees);
    }

    List<String> provinces() {
        return provinces;
    }

    /** The province and its regencies and cities, in code order. */
    List<Region> withChildren(String province) {
        return subtrees.getOrDefault(province, List.of());
    }
}
