package id.kalbar.monev.achievement;

import id.kalbar.monev.achievement.AchievementFormula.Outcome;
import id.kalbar.monev.achievement.AchievementResponses.IndicatorInfo;
import id.kalbar.monev.achievement.AchievementResponses.Report;
import id.kalbar.monev.achievement.AchievementResponses.Row;
import id.kalbar.monev.changes.LastChange;
import id.kalbar.monev.common.http.EntityTags;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.paging.ListQuery;
import id.kalbar.monev.common.paging.PageRequest;
import id.kalbar.monev.common.paging.YearParam;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.period.PeriodType;
import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.indicator.Aggregation;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.IndicatorQueries;
import id.kalbar.monev.indicator.ReportingRegions;
import id.kalbar.monev.realization.RealizationQueries;
import id.kalbar.monev.realization.RealizationStatus;
import id.kalbar.monev.realization.RealizedTotal;
import id.kalbar.monev.region.RegionQueries;
import id.kalbar.monev.targets.TargetQueries;
import id.kalbar.monev.targets.TargetQueries.TargetThrough;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes achievement (capaian) from targets and realizations on every request, never stored. The values
 * are rolled up over time in the database, per indicator and region; the regions' figures are then rolled up
 * by each indicator's region rule from regency to province to nation, and the achievement computed for each
 * row of the level asked.
 */
@ApplicationScoped
public class AchievementService {

    private final IndicatorQueries indicators;
    private final RegionQueries regions;
    private final TargetQueries targets;
    private final RealizationQueries realizations;
    private final RatingBands bands;
    private final AchievementScope scope;
    private final LastChange lastChange;

    public AchievementService(IndicatorQueries indicators, RegionQueries regions, TargetQueries targets,
                              RealizationQueries realizations, RatingBands bands, AchievementScope scope,
                              LastChange lastChange) {
        this.indicators = indicators;
        this.regions = regions;
        this.targets = targets;
        this.realizations = realizations;
        this.bands = bands;
        this.scope = scope;
        this.lastChange = lastChange;
    }

    /**
     * A report asked for, its parameters checked (400 when one is wrong) and cut to the caller's scope.
     *
     * @param parent       the province whose regencies and cities are the rows (level REGENCY); null for the nation
     * @param regionFilter only this region's rows (level REGENCY)
     * @param provinces    the provinces the caller may see; null for all
     */
    public record Query(int year, Period through, AchievementBasis basis, AchievementLevel level, String parent,
                        String program, String indicator, String regionFilter, List<String> provinces, boolean nation,
                        int page, int size) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Query query(String yearText, String periodText, String program, String indicator, String region, String basisText,
                       String levelText, String parentText, String pageText, String sizeText) {
        int year = YearParam.require(yearText, "year");
        Period through = throughPeriod(year, periodText);
        AchievementBasis basis = FilterValues.enumValue(AchievementBasis.class, basisText, "basis");
        String parent = FilterValues.text(parentText);
        AchievementLevel level = FilterValues.enumValue(AchievementLevel.class, levelText, "level");
        if (level == null) {
            level = AchievementLevel.REGENCY;
        }
        PageRequest page = ListQuery.pageOnly(pageText, sizeText);
        AchievementScope.Cut cut = scope.cut(level, parent, region);
        return new Query(year, through, basis == null ? AchievementBasis.REPORTED : basis, level, cut.parent(),
                FilterValues.text(program), FilterValues.text(indicator), cut.regionFilter(), cut.provinces(), cut.nation(),
                page.page(), page.size());
    }

    /**
     * The report's ETag, from the query and the last committed change of the records it is computed from,
     * read without computing it (one index probe, whatever the volume): while the tag holds, so does the
     * report.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EntityTag tag(Query query) {
        return EntityTags.digest(query, bands.bands(), lastChange.commit());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report compute(Query query) {
        List<Indicator> all = indicators.list(query.program(), query.indicator());
        int from = (int) Math.min((long) query.page() * query.size(), all.size());
        List<Indicator> page = all.subList(from, Math.min(from + query.size(), all.size()));
        RegionTree tree = RegionTree.of(regions.all(), query.provinces());
        Values values = values(query, page, subtree(query));

        List<Row> items = new ArrayList<>();
        List<Row> rollup = new ArrayList<>();
        for (Indicator ind : page) {
            Rows rows = new Rows(ind, tree, values, expectedPeriods(ind, query.through()));
            switch (query.level()) {
                case REGENCY -> {
                    List<String> provinces = query.parent() == null ? tree.provinces() : List.of(query.parent());
                    provinces.stream().flatMap(p -> rows.reporting(p).stream())
                            .filter(f -> query.regionFilter() == null || f.regionCode().equals(query.regionFilter()))
                            .forEach(f -> items.add(row(ind, f)));
                    if (query.parent() != null) {
                        rollup.add(row(ind, rows.province(query.parent())));
                    } else if (query.nation()) {
                        rollup.add(row(ind, rows.nation()));
                    }
                }
                case PROVINCE -> {
                    tree.provinces().forEach(p -> items.add(row(ind, rows.province(p))));
                    if (query.nation()) {
                        rollup.add(row(ind, rows.nation()));
                    }
                }
                case NATION -> items.add(row(ind, rows.nation()));
            }
        }
        return new Report(query.year(), query.through().toString(), query.basis(), query.level(), query.parent(),
                bands.bands(), page.stream().map(AchievementService::info).toList(), items, rollup, query.page(), query.size(),
                all.size());
    }

    /** The regions whose values the rows are computed from: the parent's, the one province seen, or the nation's. */
    private static RegionScope subtree(Query query) {
        if (query.parent() != null) {
            return RegionScope.of(query.parent());
        }
        return query.provinces() != null && query.provinces().size() == 1
                ? RegionScope.of(query.provinces().get(0)) : RegionScope.nation();
    }

    /** The page's values and targets, rolled up over time in the database, keyed by indicator and region. */
    private record Values(Map<String, RealizedTotal> realized, Map<String, BigDecimal> targets) {

        static String key(String indicatorCode, String regionCode) {
            return indicatorCode + "|" + regionCode;
        }
    }

    private Values values(Query query, List<Indicator> page, RegionScope subtree) {
        List<String> codes = page.stream().map(i -> i.code).toList();
        List<String> periods = query.through().type() == PeriodType.ANNUAL ? null : periodsThrough(query.through());
        List<RealizationStatus> counted = query.basis() == AchievementBasis.VERIFIED
                ? List.of(RealizationStatus.VERIFIED)
                : List.of(RealizationStatus.SUBMITTED, RealizationStatus.VERIFIED);
        Map<String, RealizedTotal> realized = new HashMap<>();
        for (RealizedTotal total : realizations.totals(query.year(), codes, periods, counted, subtree)) {
            realized.put(Values.key(total.indicatorCode(), total.regionCode()), total);
        }
        Map<String, BigDecimal> yearTargets = new HashMap<>();
        for (TargetThrough target : targets.through(query.year(), codes, periods, subtree)) {
            if (target.value() != null) {
                yearTargets.put(Values.key(target.indicatorCode(), target.regionCode()), target.value());
            }
        }
        return new Values(realized, yearTargets);
    }

    /** One indicator's figures at every level, each computed once. */
    private static final class Rows {

        private final Indicator indicator;
        private final RegionTree tree;
        private final Values values;
        private final int expected;
        private final Map<String, RegionFigures> provinces = new HashMap<>();

        Rows(Indicator indicator, RegionTree tree, Values values, int expected) {
            this.indicator = indicator;
            this.tree = tree;
            this.values = values;
            this.expected = expected;
        }

        /** The regions of a province that report the indicator themselves: its regencies and cities, or itself. */
        List<RegionFigures> reporting(String province) {
            return tree.withChildren(province).stream().filter(r -> ReportingRegions.reports(indicator, r))
                    .map(r -> own(r.code)).toList();
        }

        RegionFigures province(String code) {
            return provinces.computeIfAbsent(code, p -> Aggregation.rollsUpRegions(indicator.regionAggregation)
                    ? RegionFigures.rolledUp(indicator, p, values.targets().get(Values.key(indicator.code, p)), reporting(p))
                    : own(p).asRollup());
        }

        RegionFigures nation() {
            List<RegionFigures> children = tree.provinces().stream().map(this::province).toList();
            return Aggregation.rollsUpRegions(indicator.regionAggregation)
                    ? RegionFigures.rolledUp(indicator, null, null, children)
                    : RegionFigures.notRolledUp(children);
        }

        private RegionFigures own(String region) {
            String key = Values.key(indicator.code, region);
            RealizedTotal realized = values.realized().get(key);
            return RegionFigures.own(region, values.targets().get(key), realized == null ? null : realized.value(),
                    realized == null ? 0 : realized.reported(), realized == null ? 0 : realized.verified(), expected);
        }
    }

    private Row row(Indicator ind, RegionFigures f) {
        boolean notRolledUp = f.regionCode() == null && !Aggregation.rollsUpRegions(ind.regionAggregation);
        Outcome outcome = notRolledUp
                ? new Outcome(AchievementStatus.NOT_ROLLED_UP, null)
                : AchievementFormula.compute(ind.polarity, f.target(), f.realization(), ind.rangeLow, ind.rangeHigh);
        return new Row(ind.code, f.regionCode(), f.target(), f.targetSource(), f.realization(), outcome.percent(),
                outcome.percent() == null ? null : bands.rate(outcome.percent()), outcome.status(), f.reported(), f.verified(),
                f.expected(), f.reported() > 0 && f.verified() == f.reported(), f.regionsReporting(), f.regionsExpected());
    }

    /** How many of the indicator's periods are due by the end of {@code through}. */
    private static int expectedPeriods(Indicator ind, Period through) {
        return (int) Period.allOf(ind.periodType, through.year()).stream()
                .filter(p -> !p.lastDay().isAfter(through.lastDay())).count();
    }

    /** Every period of the year, of any type, that ends by the end of {@code through}: the values counted. */
    private static List<String> periodsThrough(Period through) {
        return Arrays.stream(PeriodType.values())
                .flatMap(type -> Period.allOf(type, through.year()).stream())
                .filter(p -> !p.lastDay().isAfter(through.lastDay()))
                .map(Period::toString)
                .toList();
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
