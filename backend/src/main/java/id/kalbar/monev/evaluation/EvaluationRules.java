package id.kalbar.monev.evaluation;

import id.kalbar.monev.common.problem.Problems;
import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionLevel;
import id.kalbar.monev.region.RegionQueries;

/** Rules shared by agreements and recommendations. */
final class EvaluationRules {

    private EvaluationRules() {
    }

    /**
     * The region that owns a responsibility: a regency or city for REGENCY (required), the province for
     * PROVINCE (given, else the province the record concerns, else the deployment's first), none for MINISTRY.
     */
    static String responsibleRegion(RegionQueries regions, ResponsibleLevel level, String regionCode, String field) {
        return responsibleRegion(regions, level, regionCode, field, null);
    }

    /** As above; a PROVINCE responsibility without a region falls to {@code concernedRegion}'s province. */
    static String responsibleRegion(RegionQueries regions, ResponsibleLevel level, String regionCode, String field,
                                    String concernedRegion) {
        String code = regionCode == null || regionCode.isBlank() ? null : regionCode.trim();
        switch (level) {
            case MINISTRY -> {
                if (code != null) {
                    throw Problems.validation(field, "a ministry responsibility has no region");
                }
                return null;
            }
            case REGENCY -> {
                if (code == null) {
                    throw Problems.validation(field, "is required for a regency responsibility");
                }
                Region region = regions.find(code)
                        .orElseThrow(() -> Problems.validation(field, "no region has code '" + code + "'"));
                if (region.level == RegionLevel.PROVINCE) {
                    throw Problems.validation(field, "must be a regency or city");
                }
                return code;
            }
            default -> {
                if (code == null) {
                    // A national deployment holds many provinces: the one the record concerns, when known.
                    String province = concernedRegion == null ? null : regions.find(concernedRegion)
                            .map(r -> r.level == RegionLevel.PROVINCE ? r.code : r.parentCode).orElse(null);
                    return province != null ? province : regions.province().map(r -> r.code).orElse(null);
                }
                Region region = regions.find(code)
                        .orElseThrow(() -> Problems.validation(field, "no region has code '" + code + "'"));
                if (region.level != RegionLevel.PROVINCE) {
                    throw Problems.validation(field, "must be the province");
                }
                return code;
            }
        }
    }
}
