package id.kalbar.monev.common.period;

/** How often an indicator is reported, and so which period strings it takes. */
public enum PeriodType {
    /** {@code 2025} */
    ANNUAL(1),
    /** {@code 2025S1}, {@code 2025S2} */
    SEMIANNUAL(2),
    /** {@code 2025Q1} … {@code 2025Q4} */
    QUARTERLY(4),
    /** {@code 2025-01} … {@code 2025-12} */
    MONTHLY(12);

    private final int periodsPerYear;

    PeriodType(int periodsPerYear) {
        this.periodsPerYear = periodsPerYear;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    public int monthsPerPeriod() {
        return 12 / periodsPerYear;
    }
}
