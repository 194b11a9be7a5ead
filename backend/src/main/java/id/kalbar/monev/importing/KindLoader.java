package id.kalbar.monev.importing;

import id.kalbar.monev.common.rules.RuleCode;

import java.util.List;

/**
 * One load of a kind: how a row is checked and staged, and the SQL that compares the staged rows
 * (alias {@code s}) with the stored ones (alias {@code r}), writes their history and merges them.
 */
public interface KindLoader {

    /** The audit trail's entity type of the records. */
    String entityType();

    /** Name of the session's staging table; it has a {@code row_no} column. */
    String staging();

    /** DDL of the staging table (a temporary table dropped at commit). */
    String createStaging();

    /**
     * Checks a row. When valid, appends its COPY line to {@code line} (see {@link CopyLine}) and returns
     * the natural key; otherwise records why in {@code refusals} and returns null.
     */
    String stage(ImportRow row, StringBuilder line, RowRefusals refusals);

    /** The staging table left-joined to the stored records. */
    String join();

    /** SQL condition: the row's record is stored. */
    String stored();

    /** SQL condition on a stored record: the row would change it. */
    String changed();

    /** Rules that depend on the stored record, in order; the first that holds refuses the row. */
    default List<StoredRule> storedRules() {
        return List.of();
    }

    /**
     * SELECT of {@code entity_key, action, before, after} for every row that creates or changes a record,
     * before the merge (refused rows are gone by then); see {@link AuditSql#columns}.
     */
    String auditRows();

    /** Upserts the staged rows; unchanged rows are left alone. */
    String merge();

    /** A rule over the stored record, as SQL: {@code condition} refuses, {@code value} names the row. */
    record StoredRule(RuleCode code, String condition, String value) {
    }
}
