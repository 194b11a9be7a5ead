package id.kalbar.monev.indicator;

import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionLevel;

/** Which regions report an indicator: the province alone, or the regencies and cities. */
public final class ReportingRegions {

    private ReportingRegions() {
    }

    /** Whether {@code region} reports realizations of the indicator itself (the province's are rolled up otherwise). */
    public static boolean reports(Indicator indicator, Region region) {
        boolean province = region.level == RegionLevel.PROVINCE;
        return Aggregation.rollsUpRegions(indicator.regionAggregation) ? !province : province;
    }

    /** Whether {@code region} may have a target: every reporting region, and the province as its own goal. */
    public static boolean hasTargets(Indicator indicator, Region region) {
        return region.level == RegionLevel.PROVINCE || reports(indicator, region);
    }
}
