package id.kalbar.monev.realization;

import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.auth.Role;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.common.rules.RuleCode;
import id.kalbar.monev.common.rules.TextRules;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.RegionAggregation;
import id.kalbar.monev.indicator.ReportingRegions;
import id.kalbar.monev.region.Region;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a write of a realization may do, asked by the single write and the bulk load alike. Rules that
 * need the stored record come twice, side by side: for one record in Java, and as SQL over a staged
 * file (alias {@code s}) joined to the stored records (alias {@code r}), built from the same enums.
 */
public final class RealizationRules {

    /** Roles that write realizations. */
    public static final Set<Role> WRITERS = Set.of(Role.ADMIN, Role.OPERATOR);
    public static final int NOTE_MAX = 2000;
    public static final int EVIDENCE_URL_MAX = 1000;

    private RealizationRules() {
    }

    /** Who writes, and so where: an operator for its own region alone, others within their scope. */
    public record Writer(Role role, String regionCode) {
        public boolean operator() {
            return role == Role.OPERATOR;
        }

        public RegionScope regions() {
            return RegionScope.forWriting(role, regionCode);
        }
    }

    public static Optional<Refusal> indicator(String code, Indicator indicator) {
        return indicator == null
                ? Optional.of(Refusal.of(RuleCode.UNKNOWN_INDICATOR, "indicatorCode", "no indicator has code '" + code + "'", code))
                : Optional.empty();
    }

    public static Optional<Refusal> region(String id, Region region, Writer writer) {
        if (region == null) {
            return Optional.of(Refusal.of(RuleCode.UNKNOWN_REGION, "regionCode", "no region has code '" + id + "'", id));
        }
        if (!writer.regions().contains(region.code)) {
            return Optional.of(regionNotAllowed(region.code, writer.regions().describe()));
        }
        return Optional.empty();
    }

    public static Refusal regionNotAllowed(String region, String own) {
        return Refusal.of(RuleCode.REGION_NOT_ALLOWED, "regionCode",
                "This account works only with the data within its region (" + own + ")", region);
    }

    /** A period of the indicator's period type. */
    public static Optional<Refusal> period(Indicator indicator, String text, Optional<Period> parsed) {
        if (parsed.isEmpty()) {
            return Optional.of(Refusal.of(RuleCode.BAD_PERIOD, "period", "must look like 2025, 2025S1, 2025Q3 or 2025-07", text));
        }
        if (parsed.get().type() != indicator.periodType) {
            return Optional.of(Refusal.of(RuleCode.BAD_PERIOD, "period", indicator.code + " is reported "
                    + indicator.periodType.name().toLowerCase() + ", e.g. "
                    + Period.allOf(indicator.periodType, parsed.get().year()).get(0), text));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> reporting(Indicator indicator, Region region) {
        if (ReportingRegions.reports(indicator, region)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(RuleCode.REGION_NOT_REPORTING, "regionCode",
                indicator.regionAggregation == RegionAggregation.PROVINCE_REPORTED
                        ? "indicator " + indicator.code + " is reported by the province only"
                        : "the province value of " + indicator.code + " is rolled up from the regencies and cities",
                region.code));
    }

    public static Optional<Refusal> note(String note) {
        return TextRules.check("note", note, NOTE_MAX);
    }

    public static Optional<Refusal> periodState(PeriodLocks.State state, Period period, PeriodLocks locks) {
        return switch (state) {
            case OPEN -> Optional.empty();
            case NOT_STARTED -> Optional.of(Refusal.of(RuleCode.PERIOD_NOT_STARTED, "period", period + " has not started yet",
                    period.toString()));
            case LOCKED -> Optional.of(Refusal.of(RuleCode.PERIOD_LOCKED, "period", "The reporting deadline of " + period
                    + " was " + locks.deadline(period) + "; an administrator can grant your region an exception", period.toString()));
        };
    }

    // ---- rules over the stored record ----

    /** A retired indicator keeps its values changeable; it takes no new ones. */
    public static Optional<Refusal> retired(Indicator indicator, boolean stored) {
        return !stored && !indicator.active
                ? Optional.of(Refusal.of(RuleCode.RETIRED_INDICATOR, "indicatorCode", "indicator " + indicator.code + " is retired",
                indicator.code))
                : Optional.empty();
    }

    /** SQL of {@link #retired}: the staged row carries whether its indicator is active. */
    static final String RETIRED_SQL = "r.indicator_code IS NULL AND NOT s.indicator_active";

    /** A submitted or verified value does not change (a single write always would: it makes the value a draft). */
    public static Optional<Refusal> editable(RealizationStatus status, boolean changes) {
        if (status.editable() || !changes) {
            return Optional.empty();
        }
        return Optional.of(Refusal.of(RuleCode.NOT_EDITABLE, "status", status == RealizationStatus.SUBMITTED
                ? "The value is submitted: it changes only after the verifier returns it"
                : "The value is verified: it changes only when an administrator reopens it", status.name()));
    }

    /** SQL list of the statuses of {@link #editable}: never a literal, so both paths move together. */
    static String statusList(boolean editable) {
        return Arrays.stream(RealizationStatus.values()).filter(s -> s.editable() == editable)
                .map(s -> "'" + s.name() + "'").collect(Collectors.joining(",", "(", ")"));
    }
}
