package id.kalbar.monev.importing;

/**
 * One data row of a file, its values in the order of the kind's columns (null when absent).
 *
 * @param number the row number users see: the CSV header is row 1; JSON elements count from 1
 */
public record ImportRow(long number, String[] values, boolean malformed) {

    public String get(int column) {
        String value = values[column];
        return value == null || value.isBlank() ? null : value.trim();
    }
}
