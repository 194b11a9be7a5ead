package id.kalbar.monev.indicator;

/** How an indicator's periods roll up to the year. */
public enum TimeAggregation {
    SUM, LAST, AVERAGE
}
