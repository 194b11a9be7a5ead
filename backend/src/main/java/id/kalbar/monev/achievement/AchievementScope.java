package id.kalbar.monev.achievement;

import id.kalbar.monev.auth.Caller;
import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.common.paging.FilterValues;
import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.common.rules.RuleCode;
import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionLevel;
import id.kalbar.monev.region.RegionQueries;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Which part of the tree a caller's report covers. An account bound to a province or one of its regions sees
 * that province (one bound to a regency or city, its own rows with the province's roll-up beside them) and
 * never the nation's figures, which are computed from other provinces' data; an account of the whole
 * deployment sees every province and the nation.
 */
@ApplicationScoped
class AchievementScope {

    private final Caller caller;
    private final RegionQueries regions;

    AchievementScope(Caller caller, RegionQueries regions) {
        this.caller = caller;
        this.regions = regions;
    }

    /** @param provinces null for every province */
    record Cut(String parent, String regionFilter, List<String> provinces, boolean nation) {
    }

    Cut cut(AchievementLevel level, String parentAsked, String regionAsked) {
        if (parentAsked != null && level != AchievementLevel.REGENCY) {
            throw Problems.validation("parent", "is only for level REGENCY: the province whose regencies and cities are shown");
        }
        String parent = parentAsked == null ? null : province(parentAsked);
        RegionScope scope = caller.scope();
        String regionFilter = FilterValues.text(regionAsked);
        if (regionFilter != null) {
            caller.requireRegion(regionFilter);
        }
        if (scope.isNation()) {
            if (parent == null && level == AchievementLevel.REGENCY) {
                parent = onlyProvince();
            }
            return new Cut(parent, regionFilter, null, true);
        }
        String own = provinceOf(scope.code());
        if (regionFilter == null && !scope.code().equals(own)) {
            // An account bound to a regency or city sees its own rows, beside its province's roll-up.
            regionFilter = scope.code();
        }
        if (level == AchievementLevel.NATION) {
            throw refusal("level", "The nation's figures are computed from every province's data: your account sees "
                    + "province " + own + " only", level.name());
        }
        if (parent != null && !parent.equals(own)) {
            throw refusal("parent", "Your account sees province " + own + " only", parent);
        }
        return new Cut(level == AchievementLevel.REGENCY ? own : null, regionFilter, List.of(own), false);
    }

    /** A province code asked for as the parent, or a 400. */
    private String province(String code) {
        return regions.find(code).filter(r -> r.level == RegionLevel.PROVINCE).map(r -> r.code)
                .orElseThrow(() -> Problems.validation("parent", "must be the code of a province"));
    }

    /** The province of the region an account is bound to (or the province itself). */
    private String provinceOf(String regionCode) {
        Region region = regions.require(regionCode);
        return region.level == RegionLevel.PROVINCE ? region.code : region.parentCode;
    }

    /** The province of a deployment that holds one; null when it holds many (the rows are then national). */
    private String onlyProvince() {
        List<String> provinces = regions.provinceCodes();
        return provinces.size() == 1 ? provinces.get(0) : null;
    }

    private static RuntimeException refusal(String field, String message, String value) {
        return Refusal.of(RuleCode.REGION_NOT_ALLOWED, field, message, value).toProblem();
    }
}
