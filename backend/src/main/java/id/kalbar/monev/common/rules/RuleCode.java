package id.kalbar.monev.common.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.Locale;

/**
 * Why a write is refused, whatever path it came by. A single write answers with the problem type
 * {@code urn:monev:problem:<slug>} and the status; a bulk load reports the same code as the conflict of
 * the rows it refused.
 */
@Schema(name = "ConflictKind", description = "Why rows were refused; the same reason a single write gets as its "
        + "problem type urn:monev:problem:<kebab-case of this code> (NOT_EDITABLE: workflow-state)")
public enum RuleCode {
    MALFORMED_ROW(400, "the row does not have the columns of the header"),
    UNKNOWN_INDICATOR(404, "no indicator has this code"),
    UNKNOWN_PROGRAM(400, "no program has this code"),
    BAD_ENUM(400, "a measure, polarity, period type or roll-up that does not exist"),
    INCONSISTENT_FIELDS(400, "a RANGE indicator needs ordered bounds (others none); baseline year and value go together"),
    RETIRED_INDICATOR(400, "the indicator is retired: its records may still change, new ones are refused"),
    RETIRED_PROGRAM(400, "the program is retired: no indicator may be added to it or moved under it"),
    UNKNOWN_REGION(404, "no region has this code"),
    UNKNOWN_PARENT(400, "the parent region is neither stored nor in the file"),
    REGION_NOT_ALLOWED(403, "your account may not write data of this region"),
    REGION_NOT_REPORTING(400, "this region does not report this indicator (province-reported, or rolled up from the regencies)"),
    BAD_PERIOD(400, "not a period of the indicator's period type (2025, 2025S1, 2025Q3, 2025-07)"),
    BAD_YEAR(400, "not a year between " + Limits.MIN_YEAR + " and " + Limits.MAX_YEAR),
    PERIOD_NOT_STARTED(400, "the period has not started yet"),
    PERIOD_LOCKED(409, "the period's reporting deadline has passed and no exception was granted"),
    NOT_A_NUMBER(400, "not a number that fits (use a dot or a comma for decimals, at most "
            + Limits.INTEGER_DIGITS + " integer and " + Limits.FRACTION_DIGITS + " decimal digits)"),
    VALUE_MISSING(400, "a required value is missing"),
    TOO_LONG(400, "a text is longer than its field holds"),
    BAD_TEXT(400, "a text holds characters that cannot be stored (control characters)"),
    DUPLICATE_ROW(400, "the same key as an earlier row of the file"),
    NOT_EDITABLE(409, "the stored value is submitted or verified and can no longer change"),
    APPROVED_ROUND_TARGET(403, "the targets of this year were approved in a target round; only an administrator corrects them");

    private static final String PREFIX = "urn:monev:problem:";

    private final int status;
    private final String message;

    RuleCode(int status, String message) {
        this.status = status;
        this.message = message;
    }

    public int status() {
        return status;
    }

    public String message() {
        return message;
    }

    /** The problem type of a single write refused for this reason. */
    public URI problemType() {
        // A submitted or verified value is the workflow's state: the type clients have always seen.
        String slug = this == NOT_EDITABLE ? "workflow-state" : name().toLowerCase(Locale.ROOT).replace('_', '-');
        return URI.create(PREFIX + slug);
    }
}
