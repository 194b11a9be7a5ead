package id.kalbar.monev.common.period;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Periods and dates in Indonesian words, as printed documents show them ("Triwulan III 2026", "22 September 2022"). */
public final class PeriodWords {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);

    private PeriodWords() {
    }

    public static String of(Period period) {
        return switch (period.type()) {
            case ANNUAL -> Integer.toString(period.year());
            case SEMIANNUAL -> "Semester " + ROMAN[period.index() - 1] + " " + period.year();
            case QUARTERLY -> "Triwulan " + ROMAN[period.index() - 1] + " " + period.year();
            case MONTHLY -> java.time.Month.of(period.index()).getDisplayName(TextStyle.FULL_STANDALONE, INDONESIAN)
                    + " " + period.year();
        };
    }

    /** The text as the API writes it, in words; text that is no period is returned as it is. */
    public static String of(String text) {
        return Period.parse(text).map(PeriodWords::of).orElse(text);
    }

    public static String date(LocalDate date) {
        return date.format(LONG_DATE);
    }
}
