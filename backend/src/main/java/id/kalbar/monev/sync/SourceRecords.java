package id.kalbar.monev.sync;

import com.fasterxml.jackson.databind.JsonNode;
import id.kalbar.monev.changes.ChangeResponse;
import id.kalbar.monev.indicator.IndicatorInput;
import id.kalbar.monev.indicator.IndicatorResponse;
import id.kalbar.monev.program.ProgramInput;
import id.kalbar.monev.program.ProgramResponse;
import id.kalbar.monev.realization.RealizationKey;
import id.kalbar.monev.realization.RealizationResponse;
import id.kalbar.monev.targets.TargetKey;
import id.kalbar.monev.targets.TargetResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The records a page of the source's changes names, as the source holds them now: the feed gives keys, the
 * record's own endpoints give its state. A record absent now was deleted (or deleted and not yet re-created),
 * so whatever the change said, this deployment ends up as the source is.
 */
record SourceRecords(List<ProgramInput> programs, List<IndicatorInput> indicators,
                     Map<TargetKey, Optional<TargetResponse>> targets,
                     Map<RealizationKey, Optional<RealizationResponse>> realizations) {

    static SourceRecords read(List<ChangeResponse> changes, SourceClient source) {
        Set<String> programCodes = new LinkedHashSet<>();
        Set<String> indicatorCodes = new LinkedHashSet<>();
        Map<Integer, Set<TargetKey>> targetIds = new LinkedHashMap<>();
        Map<Integer, Set<RealizationKey>> realizationIds = new LinkedHashMap<>();
        for (ChangeResponse change : changes) {
            Map<String, Object> key = change.key();
            switch (change.entityType()) {
                case PROGRAM -> programCodes.add(text(key, "code"));
                case INDICATOR -> indicatorCodes.add(text(key, "code"));
                case TARGET -> {
                    TargetKey id = new TargetKey(text(key, "indicatorCode"), text(key, "regionCode"),
                            Integer.parseInt(text(key, "year")));
                    targetIds.computeIfAbsent(id.year(), k -> new LinkedHashSet<>()).add(id);
                }
                case REALIZATION -> {
                    String period = text(key, "period");
                    RealizationKey id = RealizationKey.of(text(key, "indicatorCode"), text(key, "regionCode"), period)
                            .orElseThrow(() -> new SyncFailure("a change of the source names no period: " + period));
                    realizationIds.computeIfAbsent(id.year(), k -> new LinkedHashSet<>()).add(id);
                }
                default -> {
                    // Not mirrored: regions come from the national tree, evaluation records stay in their province.
                }
            }
        }
        List<ProgramInput> programs = new ArrayList<>();
        for (String code : programCodes) {
            source.get("/api/v1/programs/" + code, Map.of())
                    .map(node -> source.read(node, ProgramResponse.class))
                    .ifPresent(p -> programs.add(p.toInput(p.active())));
        }
        List<IndicatorInput> indicators = new ArrayList<>();
        for (String code : indicatorCodes) {
            source.get("/api/v1/indicators/" + code, Map.of())
                    .map(node -> source.read(node, IndicatorResponse.class))
                    .ifPresent(i -> indicators.add(i.toInput(i.active())));
        }
        Map<TargetKey, Optional<TargetResponse>> targets = new LinkedHashMap<>();
        targetIds.forEach((year, ids) -> {
            Map<TargetKey, TargetResponse> now = new HashMap<>();
            for (JsonNode node : values(source, "/api/v1/targets", year,
                    ids.stream().map(TargetKey::indicatorCode).toList(), ids.stream().map(TargetKey::regionCode).toList())) {
                TargetResponse target = source.read(node, TargetResponse.class);
                now.put(new TargetKey(target.indicatorCode(), target.regionCode(), target.year()), target);
            }
            ids.forEach(id -> targets.put(id, Optional.ofNullable(now.get(id))));
        });
        Map<RealizationKey, Optional<RealizationResponse>> realizations = new LinkedHashMap<>();
        realizationIds.forEach((year, ids) -> {
            Map<RealizationKey, RealizationResponse> now = new HashMap<>();
            for (JsonNode node : values(source, "/api/v1/realizations", year,
                    ids.stream().map(RealizationKey::indicatorCode).toList(), ids.stream().map(RealizationKey::regionCode).toList())) {
                RealizationResponse value = source.read(node, RealizationResponse.class);
                now.put(new RealizationKey(value.indicatorCode(), value.regionCode(), value.period(), value.year()), value);
            }
            ids.forEach(id -> realizations.put(id, Optional.ofNullable(now.get(id))));
        });
        return new SourceRecords(programs, indicators, targets, realizations);
    }

    /**
     * The values of a year the changes name, read by indicator or by region, whichever takes fewer requests: a load
     * of a few indicators for every region, or a few regions reporting many indicators.
     */
    private static List<JsonNode> values(SourceClient source, String path, int year, List<String> indicatorCodes,
                                         List<String> regionCodes) {
        Set<String> indicators = new LinkedHashSet<>(indicatorCodes);
        Set<String> regions = new LinkedHashSet<>(regionCodes);
        boolean byIndicator = indicators.size() <= regions.size();
        List<JsonNode> values = new ArrayList<>();
        for (String code : byIndicator ? indicators : regions) {
            values.addAll(source.list(path, Map.of("year", Integer.toString(year), byIndicator ? "indicator" : "region", code)));
        }
        return values;
    }

    private static String text(Map<String, Object> key, String field) {
        Object value = key.get(field);
        if (value == null) {
            throw new SyncFailure("a change of the source carries no " + field + " in its key: " + key);
        }
        return value.toString();
    }
}
