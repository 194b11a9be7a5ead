package id.kalbar.monev.importing;

/** Why a row was rejected; rows are grouped by it in the import summary. */
public enum ConflictKind {
    MALFORMED_ROW("the row does not have the columns of the header"),
    UNKNOWN_INDICATOR("no indicator has this code"),
    UNKNOWN_PROGRAM("no program has this code"),
    BAD_ENUM("a measure, polarity, period type or roll-up that does not exist"),
    INCONSISTENT_FIELDS("a RANGE indicator needs ordered bounds (others none); baseline year and value go together"),
    RETIRED_INDICATOR("the indicator is retired"),
    UNKNOWN_REGION("no region has this code"),
    UNKNOWN_PARENT("the parent region is neither stored nor in the file"),
    REGION_NOT_ALLOWED("your account may not load data of this region"),
    REGION_NOT_REPORTING("this region does not report this indicator (province-reported, or rolled up from the regencies)"),
    BAD_PERIOD("not a period of the indicator's period type (2025, 2025S1, 2025Q3, 2025-07)"),
    BAD_YEAR("not a year between 2000 and 2100"),
    PERIOD_NOT_STARTED("the period has not started yet"),
    PERIOD_LOCKED("the period's reporting deadline has passed and no exception was granted"),
    NOT_A_NUMBER("not a number (use a dot or a comma for decimals, at most 4 decimals)"),
    VALUE_MISSING("a value is required"),
    DUPLICATE_ROW("the same key as an earlier row of the file"),
    NOT_EDITABLE("the stored value is submitted or verified and can no longer change");

    private final String message;

    ConflictKind(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
