package id.kalbar.monev.work;

import id.kalbar.monev.common.period.Period;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, dates and periods as people read them in Bahasa Indonesia, for messages and e-mails. */
public final class IndonesianFormat {

    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", ID);
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"};

    private IndonesianFormat() {
    }

    /** {@code 5 Jan 2026}. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date).replace(".", "");
    }

    /** {@code 1.234,5}. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(ID));
        return format.format(value);
    }

    /** {@code Triwulan III 2025}, {@code Semester 1 2025}, {@code Juli 2025}, {@code Tahun 2025}. */
    public static String period(String text) {
        return Period.parse(text).map(p -> switch (p.type()) {
            case ANNUAL -> "Tahun " + p.year();
            case SEMIANNUAL -> "Semester " + p.index() + " " + p.year();
            case QUARTERLY -> "Triwulan " + new String[]{"I", "II", "III", "IV"}[p.index() - 1] + " " + p.year();
            case MONTHLY -> MONTHS[p.index() - 1] + " " + p.year();
        }).orElse(text);
    }
}
