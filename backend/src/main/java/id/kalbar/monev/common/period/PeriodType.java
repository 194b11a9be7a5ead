package id.kalbar.monev.indicator;

/** How often an indicator is reported. */
public enum PeriodType {
    ANNUAL, SEMIANNUAL, QUARTERLY, MONTHLY
}
