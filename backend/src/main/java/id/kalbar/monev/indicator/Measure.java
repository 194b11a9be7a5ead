package id.kalbar.monev.indicator;

/** What kind of quantity an indicator measures. */
public enum Measure {
    NUMBER, PERCENT, CURRENCY, RATIO
}
