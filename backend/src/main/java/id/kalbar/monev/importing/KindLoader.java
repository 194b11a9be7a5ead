package id.kalbar.monev.importing;

import java.util.List;

/**
 * What differs between kinds of bulk load: the columns, how a row is checked and staged, and the SQL
 * that compares the staged rows with what is stored and merges them in.
 */
interface KindLoader {

    List<String> columns();

    List<String> requiredColumns();

    /** DDL of the session's staging table (a temporary table dropped at commit). */
    String createStaging();

    /** COPY statement that fills the staging table from CSV. */
    String copyIntoStaging();

    /**
     * Checks a row. When valid, appends its COPY line to {@code line} and returns the natural key;
     * otherwise records why in {@code conflicts} and returns null.
     */
    String stage(ImportRow row, StringBuilder line, Conflicts conflicts);

    /**
     * One row of: created, unchanged, changed-and-editable, changed-but-not-editable counts, then the
     * first row numbers (array) and the first value of the not-editable ones.
     */
    String classify();

    /** The error the not-writable rows of {@link #classify()} are reported under. */
    default ConflictKind notWritableKind() {
        return ConflictKind.NOT_EDITABLE;
    }

    /** Deletes the staged rows that may not be written (partial mode). */
    String deleteNotEditable();

    /** Upserts the staged rows; unchanged rows are left alone. */
    String merge();
}
