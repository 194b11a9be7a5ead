package id.kalbar.monev.common;

/** The shape of catalogue codes: letters, digits, and single dots or dashes between them. */
public final class CatalogueCodes {

    public static final String PATTERN = "^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$";
    public static final String MESSAGE = "must be letters and digits, optionally separated by single dots or dashes";
    public static final int MAX_LENGTH = 32;
    public static final int MIN_YEAR = id.kalbar.monev.common.period.Period.MIN_YEAR;
    public static final int MAX_YEAR = id.kalbar.monev.common.period.Period.MAX_YEAR;

    private CatalogueCodes() {
    }
}
