package id.kalbar.monev.indicator;

/** Which direction is good: more, less, or staying inside a band. */
public enum Polarity {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, RANGE
}
