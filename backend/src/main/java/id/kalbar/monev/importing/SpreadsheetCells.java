package id.kalbar.monev.importing;

/**
 * Text cells that a spreadsheet would run as a formula (a leading {@code = + - @}, tab or carriage
 * return) are exported with a leading {@code '}, which spreadsheets show as plain text; imports drop
 * that one {@code '} again, so an export loaded back changes nothing. Only text columns are treated:
 * numbers, negative ones included, stay numbers.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    static boolean risky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Quotes, then a risky character: a text that was neutralized (or must be, to read back the same). */
    private static boolean quotedRisky(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) != '\'') {
            return false;
        }
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return risky(text.substring(i));
    }

    /** For export. */
    public static String neutralize(String text) {
        return risky(text) || quotedRisky(text) ? "'" + text : text;
    }

    /** For import: the inverse of {@link #neutralize(String)}. */
    public static String readBack(String text) {
        return quotedRisky(text) ? text.substring(1) : text;
    }
}
