package id.kalbar.monev.importing;

import java.math.BigDecimal;

/** Reading values the way people write them in spreadsheets. */
final class ImportValues {

    private ImportValues() {
    }

    /** A decimal with a dot or a single decimal comma, at most 20 integer and 4 fraction digits; null if not. */
    static BigDecimal decimal(String text) {
        String normalized = text.indexOf(',') >= 0 && text.indexOf('.') < 0 ? text.replace(',', '.') : text;
        try {
            BigDecimal value = new BigDecimal(normalized);
            if (value.scale() > 4 || value.precision() - value.scale() > 20) {
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** 64-bit FNV-1a hash of a row key, for duplicate detection without keeping the keys themselves. */
    static long keyHash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
