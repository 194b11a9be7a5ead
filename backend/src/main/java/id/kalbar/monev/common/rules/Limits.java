package id.kalbar.monev.common.rules;

import id.kalbar.monev.common.period.Period;

/**
 * What the columns hold: the same numbers size the database columns, the request validation and the
 * checks of bulk loads.
 */
public final class Limits {

    /** numeric(24,4): values and targets. */
    public static final int INTEGER_DIGITS = 20;
    public static final int FRACTION_DIGITS = 4;
    public static final int MIN_YEAR = Period.MIN_YEAR;
    public static final int MAX_YEAR = Period.MAX_YEAR;

    private Limits() {
    }
}
