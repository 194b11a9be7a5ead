package id.kalbar.monev.achievement;

import id.kalbar.monev.achievement.AchievementFormula.Outcome;
import id.kalbar.monev.achievement.AchievementResponses.IndicatorInfo;
import id.kalbar.monev.achievement.AchievementResponses.ProvinceRow;
import id.kalbar.monev.achievement.AchievementResponses.Report;
import id.kalbar.monev.achievement.AchievementResponses.Row;
import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.YearParam;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.period.PeriodType;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.IndicatorRepository;
import id.kalbar.monev.indicator.RegionAggregation;
import id.kalbar.monev.indicator.ReportingRegions;
import id.kalbar.monev.indicator.TimeAggregation;
import id.kalbar.monev.realization.Realization;
import id.kalbar.monev.realization.RealizationRepository;
import id.kalbar.monev.realization.RealizationStatus;
import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionLevel;
import id.kalbar.monev.region.RegionRepository;
import id.kalbar.monev.targets.Target;
import id.kalbar.monev.targets.TargetPeriod;
import id.kalbar.monev.targets.TargetRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    private final IndicatorRepository indicators;
    private final RegionRepository regions;
    private final TargetRepository targets;
    private final RealizationRepository realizations;
    private final RatingBands bands;
    private final Caller caller;

    public AchievementService(IndicatorRepository indicators, RegionRepository regions, TargetRepository targets,
                              RealizationRepository realizations, RatingBands bands, Caller caller) {
        this.indicators = indicators;
        this.regions = regions;
        this.targets = targets;
        this.realizations = realizations;
        this.bands = bands;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report compute(String yearText, String periodText, String program, String indicator, String region, String basisText) {
        int year = YearParam.require(yearText, "year");
        Period through = throughPeriod(year, periodText);
        AchievementBasis basis = FilterValues.enumValue(AchievementBasis.class, basisText, "basis");
        basis = basis == null ? AchievementBasis.REPORTED : basis;
        String regionFilter = caller.scopeRegionFilter(region);

        Filter filter = new Filter()
                .equal("programCode", FilterValues.text(program))
                .equal("code", FilterValues.text(indicator));
        List<Indicator> selected = indicators.list(filter.query(), Sort.by("code"), filter.parameters());
        List<Region> allRegions = regions.listAll(Sort.by("code"));
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
        List<Target> yearTargets = targets.find(
                "select distinct t from Target t left join fetch t.breakdown where t.year = ?1 and t.indicatorCode in ?2",
                year, indicatorCodes).list();
        List<RealizationStatus> counted = basis == AchievementBasis.VERIFIED
                ? List.of(RealizationStatus.VERIFIED)
                : List.of(RealizationStatus.SUBMITTED, RealizationStatus.VERIFIED);
        List<Realization> values = realizations.list(
                "year = ?1 and indicatorCode in ?2 and status in ?3 and periodStart <= ?4",
                year, indicatorCodes, counted, through.lastDay());
        return new Data(
                yearTargets.stream().collect(Collectors.toMap(t -> Data.key(t.indicatorCode, t.regionCode), t -> t)),
                values.stream()
                        .filter(r -> !Period.parse(r.period).orElseThrow().lastDay().isAfter(through.lastDay()))
                        .collect(Collectors.groupingBy(r -> Data.key(r.indicatorCode, r.regionCode))));
    }

    private Row row(Indicator ind, String regionCode, Period through, Data data) {
        String key = Data.key(ind.code, regionCode);
        List<Realization> values = data.realizations().getOrDefault(key, List.of());
        BigDecimal realization = overTime(ind.timeAggregation, values);
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
        if (ind.regionAggregation == RegionAggregation.PROVINCE_REPORTED) {
            Row own = rows.get(province);
            realization = own == null ? null : own.realization();
            target = own == null ? null : own.target();
            targetSource = target == null ? "NONE" : "PROVINCE";
            reporting = realization == null ? 0 : 1;
        } else {
            List<BigDecimal> reported = rows.values().stream().map(Row::realization).filter(Objects::nonNull).toList();
            realization = overRegions(ind.regionAggregation, reported);
            reporting = reported.size();
            BigDecimal own = targetThrough(ind, data.targets().get(Data.key(ind.code, province)), through);
            if (own != null) {
                target = own;
                targetSource = "PROVINCE";
            } else {
                target = overRegions(ind.regionAggregation,
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
        return parts.isEmpty() ? null : overTimeValues(ind.timeAggregation, parts);
    }

    public static BigDecimal overTime(TimeAggregation rule, List<Realization> values) {
        List<BigDecimal> ordered = values.stream()
                // An indicator's periods are all of one type, so their first days order them.
                .sorted(Comparator.comparing((Realization r) -> r.periodStart))
                .map(r -> r.value)
                .toList();
        return overTimeValues(rule, ordered);
    }

    private static BigDecimal overTimeValues(TimeAggregation rule, List<BigDecimal> ordered) {
        if (ordered.isEmpty()) {
            return null;
        }
        return switch (rule) {
            case SUM -> ordered.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            case LAST -> ordered.get(ordered.size() - 1);
            case AVERAGE -> average(ordered);
        };
    }

    public static BigDecimal overRegions(RegionAggregation rule, List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return rule == RegionAggregation.AVERAGE
                ? average(values)
                : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal average(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
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
