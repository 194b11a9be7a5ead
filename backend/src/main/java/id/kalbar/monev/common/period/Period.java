package id.kalbar.monev.common.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A reporting period as the API writes it: {@code 2025} (year), {@code 2025S1} (half year),
 * {@code 2025Q3} (quarter) or {@code 2025-07} (month).
 *
 * @param index 1-based position within the year (always 1 for a year)
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

    public static final String PATTERN = "^\\d{4}(S[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$";
    private static final Pattern SYNTAX = Pattern.compile("^(\\d{4})(?:S([12])|Q([1-4])|-(0[1-9]|1[0-2]))?$");
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SYNTAX.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Optional.empty();
        }
        if (m.group(2) != null) {
            return Optional.of(new Period(PeriodType.SEMIANNUAL, year, Integer.parseInt(m.group(2))));
        }
        if (m.group(3) != null) {
            return Optional.of(new Period(PeriodType.QUARTERLY, year, Integer.parseInt(m.group(3))));
        }
        if (m.group(4) != null) {
            return Optional.of(new Period(PeriodType.MONTHLY, year, Integer.parseInt(m.group(4))));
        }
        return Optional.of(year(year));
    }

    public static Period year(int year) {
        return new Period(PeriodType.ANNUAL, year, 1);
    }

    /** Every period of a type in a year, in order. */
    public static List<Period> allOf(PeriodType type, int year) {
        return IntStream.rangeClosed(1, type.periodsPerYear()).mapToObj(i -> new Period(type, year, i)).toList();
    }

    public LocalDate firstDay() {
        return YearMonth.of(year, (index - 1) * type.monthsPerPeriod() + 1).atDay(1);
    }

    public LocalDate lastDay() {
        return YearMonth.of(year, index * type.monthsPerPeriod()).atEndOfMonth();
    }

    /** Whether this period lies within (or is) {@code other}, e.g. 2025Q3 within 2025 or within 2025S2. */
    public boolean within(Period other) {
        return !firstDay().isBefore(other.firstDay()) && !lastDay().isAfter(other.lastDay());
    }

    @Override
    public int compareTo(Period other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : other.lastDay().compareTo(lastDay());
    }

    @Override
    public String toString() {
        return switch (type) {
            case ANNUAL -> Integer.toString(year);
            case SEMIANNUAL -> year + "S" + index;
            case QUARTERLY -> year + "Q" + index;
            case MONTHLY -> year + (index < 10 ? "-0" : "-") + index; // not String.format: bulk loads call this per row
        };
    }
}
