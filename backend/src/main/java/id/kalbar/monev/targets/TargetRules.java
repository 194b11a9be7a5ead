package id.kalbar.monev.targets;

import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.auth.Role;
import id.kalbar.monev.common.rules.Limits;
import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.common.rules.RuleCode;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.ReportingRegions;
import id.kalbar.monev.region.Region;

import java.util.Optional;
import java.util.Set;

/** What a write of a target may do: asked by the single write, the bulk load and the round's approval. */
public final class TargetRules {

    /** Roles that set targets. */
    public static final Set<Role> WRITERS = Set.of(Role.ADMIN, Role.VERIFIER);

    private TargetRules() {
    }

    public static Optional<Refusal> indicator(String code, Indicator indicator) {
        return indicator == null
                ? Optional.of(Refusal.of(RuleCode.UNKNOWN_INDICATOR, "indicatorCode", "no indicator has code '" + code + "'", code))
                : Optional.empty();
    }

    /** A known region within the writer's scope. */
    public static Optional<Refusal> region(String id, Region region, RegionScope writes) {
        if (region == null) {
            return Optional.of(Refusal.of(RuleCode.UNKNOWN_REGION, "regionCode", "no region has code '" + id + "'", id));
        }
        return writes.contains(region.code) ? Optional.empty()
                : Optional.of(Refusal.of(RuleCode.REGION_NOT_ALLOWED, "regionCode",
                "This account works only with the data within its region (" + writes.describe() + ")", region.code));
    }

    public static Optional<Refusal> reporting(Indicator indicator, Region region) {
        return ReportingRegions.hasTargets(indicator, region) ? Optional.empty()
                : Optional.of(Refusal.of(RuleCode.REGION_NOT_REPORTING, "regionCode",
                "indicator " + indicator.code + " is reported by the province only", region.code));
    }

    /** The year of a target, as a path or a file gives it. */
    public static Optional<Integer> year(String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.trim());
            return year >= Limits.MIN_YEAR && year <= Limits.MAX_YEAR ? Optional.of(year) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static Refusal badYear(String text) {
        return Refusal.of(RuleCode.BAD_YEAR, "year", "must be a year between " + Limits.MIN_YEAR + " and " + Limits.MAX_YEAR, text);
    }

    /** Once a year's round is approved, only an administrator corrects its targets. */
    public static Optional<Refusal> approvedRound(Role role, int year, boolean approved) {
        return role != Role.ADMIN && approved
                ? Optional.of(Refusal.of(RuleCode.APPROVED_ROUND_TARGET, "year", "The targets of " + year
                + " were approved in a target round; only an administrator corrects them now", String.valueOf(year)))
                : Optional.empty();
    }

    /** A retired indicator keeps its targets changeable; it takes no new ones. */
    public static Optional<Refusal> retired(Indicator indicator, boolean stored) {
        return !stored && !indicator.active
                ? Optional.of(Refusal.of(RuleCode.RETIRED_INDICATOR, "indicatorCode", "indicator " + indicator.code + " is retired",
                indicator.code))
                : Optional.empty();
    }

    /** SQL of {@link #retired}: the staged row carries whether its indicator is active. */
    static final String RETIRED_SQL = "t.indicator_code IS NULL AND NOT s.indicator_active";
}
