package id.kalbar.monev.importing;

import id.kalbar.monev.common.rules.Limits;

import java.math.BigDecimal;

/** Reading values the way people write them in spreadsheets. */
public final class ImportValues {

    private ImportValues() {
    }

    /** A decimal with a dot or a single decimal comma that fits the value columns ({@link Limits}); null if not. */
    public static BigDecimal decimal(String text) {
        String normalized = text.indexOf(',') >= 0 && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        try {
            BigDecimal value = new BigDecimal(normalized);
            if (value.scale() > Limits.FRACTION_DIGITS || value.precision() - value.scale() > Limits.INTEGER_DIGITS) {
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A year the year columns hold ({@link Limits}); null if not. */
    public static Integer year(String text) {
        try {
            int year = Integer.parseInt(text.trim());
            return year >= Limits.MIN_YEAR && year <= Limits.MAX_YEAR ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a text fits a column of {@code max} characters. */
    public static boolean fits(String text, int max) {
        return text == null || text.length() <= max;
    }

    /** 64-bit FNV-1a hash of a row key, for duplicate detection without keeping the keys themselves. */
    public static long keyHash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
