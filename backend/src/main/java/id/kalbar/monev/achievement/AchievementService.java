package id.kalbar.monev.achievement;

import id.kalbar.monev.achievement.AchievementFormula.Outcome;
import id.kalbar.monev.achievement.AchievementResponses.IndicatorInfo;
import id.kalbar.monev.achievement.AchievementResponses.ProvinceRow;
import id.kalbar.monev.achievement.AchievementResponses.Report;
import id.kalbar.monev.achievement.AchievementResponses.Row;
import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.YearParam;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.period.PeriodType;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.indicator.Aggregation;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.IndicatorQueries;
import id.kalbar.monev.indicator.ReportingRegions;
import id.kalbar.monev.realization.Realization;
import id.kalbar.monev.realization.RealizationQueries;
import id.kalbar.monev.realization.RealizationStatus;
import id.kalbar.monev.realization.RealizedValues;
import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionLevel;
import id.kalbar.monev.region.RegionQueries;
import id.kalbar.monev.targets.Target;
import id.kalbar.monev.targets.TargetPeriod;
import id.kalbar.monev.targets.TargetQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Computes achievement (capaian) from targets and realizations on every request, never stored:
 * per indicator and region up to a period (rolled up over time by the indicator's time rule), and for
 * the province (rolled up over regions by its region rule).
 */
@ApplicationScoped
public class AchievementService {

    private final IndicatorQueries indicators;
    private final RegionQueries regions;
    private final TargetQueries targets;
    private final RealizationQueries realizations;
    private final RatingBands bands;
    private final Caller caller;

    public AchievementService(IndicatorQueries indicators, RegionQueries regions, TargetQueries targets,
                              RealizationQueries realizations, RatingBands bands, Caller caller) {
        this.indicators = indicators;
        this.regions = regions;
        this.targets = targets;
        this.realizations = realizations;
        this.bands = bands;
        this.caller = caller;
    }

    /** A report asked for, its parameters checked (400 when one is wrong) and cut to the caller's scope. */
    public record Query(int year, Period through, AchievementBasis basis, String program, String indicator,
                        String regionFilter) {
    }

    public Query query(String yearText, String periodText, String program, String indicator, String region, String basisText) {
        int year = YearParam.require(yearText, "year");
        Period through = throughPeriod(year, periodText);
        AchievementBasis basis = FilterValues.enumValue(AchievementBasis.class, basisText, "basis");
        return new Query(year, through, basis == null ? AchievementBasis.REPORTED : basis, FilterValues.text(program),
                FilterValues.text(indicator), caller.scopeRegionFilter(region));
    }

    /**
     * The report's ETag, from the query and the change stamps of everything it is computed from, read
     * without computing it: two answers with the same tag are the same report.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EntityTag tag(Query query) {
        return EntityTags.digest(query, bands.bands(), indicators.changeStamp(), regions.changeStamp(),
                targets.changeStamp(query.year()), realizations.changeStamp(query.year()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report compute(Query query) {
        int year = query.year();
        Period through = query.through();
        AchievementBasis basis = query.basis();
        String regionFilter = query.regionFilter();

        List<Indicator> selected = indicators.list(query.program(), query.indicator());
        List<Region> allRegions = regions.all();
        Data data = load(year, through, basis, selected.stream().map(i -> i.code).toList());

        List<Row> items = new ArrayList<>();
        List<ProvinceRow> rollup = new ArrayList<>();
        for (Indicator ind : selected) {
            Map<String, Row> rows = new HashMap<>();
            for (Region r : allRegions) {
                if (ReportingRegions.reports(ind, r)) {
                    rows.put(r.code, row(ind, r.code, through, data));
                }
            }
            rows.values().stream()
                    .filter(row -> regionFilter == null || row.regionCode().equals(regionFilter))
                    .sorted(Comparator.comparing(Row::regionCode))
                    .forEach(items::add);
            rollup.add(provinceRow(ind, allRegions, rows, through, data));
        }
        return new Report(year, through.toString(), basis, bands.bands(),
                selected.stream().map(AchievementService::info).toList(), items, rollup);
    }

    private record Data(Map<String, Target> targets, Map<String, List<Realization>> realizations) {

        static String key(String indicatorCode, String regionCode) {
            return indicatorCode + "|" + regionCode;
        }
    }

    private Data load(int year, Period through, AchievementBasis basis, List<String> indicatorCodes) {
        if (indicatorCodes.isEmpty()) {
            return new Data(Map.of(), Map.of());
        }
        List<Target> yearTargets = targets.ofYear(year, indicatorCodes);
        List<RealizationStatus> counted = basis == AchievementBasis.VERIFIED
                ? List.of(RealizationStatus.VERIFIED)
                : List.of(RealizationStatus.SUBMITTED, RealizationStatus.VERIFIED);
        List<Realization> values = realizations.ofYear(year, indicatorCodes, counted, through.lastDay());
        return new Data(
                yearTargets.stream().collect(Collectors.toMap(t -> Data.key(t.indicatorCode, t.regionCode), t -> t)),
                values.stream()
                        .filter(r -> !Period.parse(r.period).orElseThrow().lastDay().isAfter(through.lastDay()))
                        .collect(Collectors.groupingBy(r -> Data.key(r.indicatorCode, r.regionCode))));
    }

    private Row row(Indicator ind, String regionCode, Period through, Data data) {
        String key = Data.key(ind.code, regionCode);
        List<Realization> values = data.realizations().getOrDefault(key, List.of());
        BigDecimal realization = Aggregation.overTime(ind.timeAggregation, RealizedValues.inTimeOrder(values));
        BigDecimal target = targetThrough(ind, data.targets().get(key), through);
        Outcome outcome = AchievementFormula.compute(ind.polarity, target, realization, ind.rangeLow, ind.rangeHigh);
        int expected = (int) Period.allOf(ind.periodType, through.year()).stream()
                .filter(p -> !p.lastDay().isAfter(through.lastDay())).count();
        boolean verified = !values.isEmpty() && values.stream().allMatch(r -> r.status == RealizationStatus.VERIFIED);
        return new Row(ind.code, regionCode, target, realization, outcome.percent(), rating(outcome), outcome.status(),
                values.size(), expected, verified);
    }

    private ProvinceRow provinceRow(Indicator ind, List<Region> allRegions, Map<String, Row> rows, Period through, Data data) {
        String province = allRegions.stream().filter(r -> r.level == RegionLevel.PROVINCE).map(r -> r.code)
                .findFirst().orElseThrow();
        BigDecimal realization;
        BigDecimal target;
        String targetSource;
        int reporting;
        if (!Aggregation.rollsUpRegions(ind.regionAggregation)) {
            Row own = rows.get(province);
            realization = own == null ? null : own.realization();
            target = own == null ? null : own.target();
            targetSource = target == null ? "NONE" : "PROVINCE";
            reporting = realization == null ? 0 : 1;
        } else {
            List<BigDecimal> reported = rows.values().stream().map(Row::realization).filter(Objects::nonNull).toList();
            realization = Aggregation.overRegions(ind.regionAggregation, reported);
            reporting = reported.size();
            BigDecimal own = targetThrough(ind, data.targets().get(Data.key(ind.code, province)), through);
            if (own != null) {
                target = own;
                targetSource = "PROVINCE";
            } else {
                target = Aggregation.overRegions(ind.regionAggregation,
                        rows.values().stream().map(Row::target).filter(Objects::nonNull).toList());
                targetSource = target == null ? "NONE" : "REGIONS";
            }
        }
        Outcome outcome = AchievementFormula.compute(ind.polarity, target, realization, ind.rangeLow, ind.rangeHigh);
        return new ProvinceRow(ind.code, ind.regionAggregation, target, targetSource, realization, outcome.percent(),
                rating(outcome), outcome.status(), reporting, rows.size());
    }

    /** The target up to the period: its breakdown parts so far when it has them, else the annual value. */
    private static BigDecimal targetThrough(Indicator ind, Target target, Period through) {
        if (target == null) {
            return null;
        }
        if (through.type() == PeriodType.ANNUAL || target.breakdown.isEmpty()) {
            return target.value;
        }
        // Within one period type, the period strings sort in time order.
        List<BigDecimal> parts = target.breakdown.stream()
                .filter(p -> !Period.parse(p.period).orElseThrow().lastDay().isAfter(through.lastDay()))
                .sorted(Comparator.comparing((TargetPeriod p) -> p.period))
                .map(p -> p.value)
                .toList();
        return parts.isEmpty() ? null : Aggregation.overTime(ind.timeAggregation, parts);
    }

    private Rating rating(Outcome outcome) {
        return outcome.percent() == null ? null : bands.rate(outcome.percent());
    }

    private static Period throughPeriod(int year, String text) {
        String value = FilterValues.text(text);
        if (value == null) {
            return Period.year(year);
        }
        Period period = Period.parse(value).orElseThrow(() ->
                Problems.validation("period", "must look like 2025, 2025S1, 2025Q3 or 2025-07"));
        if (period.year() != year) {
            throw Problems.validation("period", "must lie in " + year);
        }
        return period;
    }

    private static IndicatorInfo info(Indicator i) {
        return new IndicatorInfo(i.code, i.programCode, i.name, i.unit, i.polarity, i.periodType, i.timeAggregation,
                i.regionAggregation, i.rangeLow, i.rangeHigh);
    }
}
