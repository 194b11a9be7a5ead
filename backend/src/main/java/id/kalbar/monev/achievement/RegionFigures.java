package id.kalbar.monev.achievement;

import id.kalbar.monev.indicator.Aggregation;
import id.kalbar.monev.indicator.Indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An indicator's numbers in one region or the nation, before the achievement is computed from them: its own
 * values, or those of its children rolled up by the indicator's region rule.
 *
 * @param regionsReporting null for a region's own values
 */
record RegionFigures(String regionCode, BigDecimal target, String targetSource, BigDecimal realization, int reported,
                     int verified, int expected, Integer regionsReporting, Integer regionsExpected) {

    static final String OWN = "OWN";
    static final String REGIONS = "REGIONS";
    static final String NONE = "NONE";

    static RegionFigures own(String regionCode, BigDecimal target, BigDecimal realization, int reported, int verified,
                             int expected) {
        return new RegionFigures(regionCode, target, target == null ? NONE : OWN, realization, reported, verified, expected,
                null, null);
    }

    /**
     * A province (or the nation, with a null code) from its children: realizations by the region rule over those
     * that have one; the target its own when it has one, else the rule over its children's targets.
     */
    static RegionFigures rolledUp(Indicator indicator, String regionCode, BigDecimal ownTarget, List<RegionFigures> children) {
        List<BigDecimal> realized = children.stream().map(RegionFigures::realization).filter(Objects::nonNull).toList();
        BigDecimal target = ownTarget;
        String source = OWN;
        if (target == null) {
            target = Aggregation.overRegions(indicator.regionAggregation,
                    children.stream().map(RegionFigures::target).filter(Objects::nonNull).toList());
            source = target == null ? NONE : REGIONS;
        }
        return new RegionFigures(regionCode, target, source, Aggregation.overRegions(indicator.regionAggregation, realized),
                children.stream().mapToInt(RegionFigures::reported).sum(),
                children.stream().mapToInt(RegionFigures::verified).sum(),
                children.stream().mapToInt(RegionFigures::expected).sum(), realized.size(), children.size());
    }

    /** A province reporting for itself, seen as the roll-up of its one reporting region. */
    RegionFigures asRollup() {
        return new RegionFigures(regionCode, target, targetSource, realization, reported, verified, expected,
                realization == null ? 0 : 1, 1);
    }

    /** Counts only: the nation's figure of an indicator each province reports for itself is not added up. */
    static RegionFigures notRolledUp(List<RegionFigures> children) {
        return new RegionFigures(null, null, NONE, null,
                children.stream().mapToInt(RegionFigures::reported).sum(),
                children.stream().mapToInt(RegionFigures::verified).sum(),
                children.stream().mapToInt(RegionFigures::expected).sum(),
                (int) children.stream().filter(c -> c.realization() != null).count(), children.size());
    }
}
