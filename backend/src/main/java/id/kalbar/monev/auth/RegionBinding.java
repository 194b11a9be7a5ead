package id.kalbar.monev.auth;

import id.kalbar.monev.common.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Which region an account (a user or an integration client) acts for: an operator for exactly one
 * regency or city; every other role for the whole deployment, so with no region.
 */
@ApplicationScoped
public class RegionBinding {

    private final OperatorRegions regions;

    public RegionBinding(OperatorRegions regions) {
        this.regions = regions;
    }

    public List<FieldError> check(Role role, String regionCode) {
        if (role == null) {
            return List.of();
        }
        if (role != Role.OPERATOR) {
            return regionCode == null
                    ? List.of()
                    : List.of(new FieldError("regionCode", "must be empty: only an OPERATOR is bound to a region"));
        }
        if (regionCode == null || regionCode.isBlank()) {
            return List.of(new FieldError("regionCode", "is required for an OPERATOR: the regency or city it reports for"));
        }
        return switch (regions.standing(regionCode)) {
            case UNKNOWN -> List.of(new FieldError("regionCode", "is not a known region"));
            case PROVINCE -> List.of(new FieldError("regionCode", "must be a regency or city"));
            case REGENCY_OR_CITY -> List.of();
        };
    }
}
