package id.kalbar.monev.indicator;

/** How the regencies' values roll up to the province, or whether the province reports its own. */
public enum RegionAggregation {
    SUM, AVERAGE, PROVINCE_REPORTED
}
