package id.kalbar.monev.achievement;

import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionLevel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The provinces a report covers, in code order, and the regencies and cities of each. */
final class RegionTree {

    private final List<String> provinces;
    private final Map<String, List<String>> children;

    private RegionTree(List<String> provinces, Map<String, List<String>> children) {
        this.provinces = provinces;
        this.children = children;
    }

    /** @param visible the provinces the caller may see; null for every one */
    static RegionTree of(List<Region> regions, List<String> visible) {
        List<String> provinces = new ArrayList<>();
        Map<String, List<String>> children = new HashMap<>();
        regions.stream().sorted(Comparator.comparing((Region r) -> r.code)).forEach(r -> {
            if (r.level == RegionLevel.PROVINCE) {
                if (visible == null || visible.contains(r.code)) {
                    provinces.add(r.code);
                }
            } else {
                children.computeIfAbsent(r.parentCode, p -> new ArrayList<>()).add(r.code);
            }
        });
        return new RegionTree(List.copyOf(provinces), children);
    }

    List<String> provinces() {
        return provinces;
    }

    List<String> children(String province) {
        return children.getOrDefault(province, List.of());
    }
}
