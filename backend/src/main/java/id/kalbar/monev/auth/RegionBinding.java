package id.kalbar.monev.auth;

import id.kalbar.monev.common.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Which region an account (a user or an integration client) may be bound to, by role; the region is the
 * account's {@link RegionScope}. The ministry reads the nation, so it has none. Administrators and
 * verifiers work for the whole deployment (none) or one province. An operator reports for one regency or
 * city, or for a province's own values.
 */
@ApplicationScoped
public class RegionBinding {

    private static final String FIELD = "regionCode";

    private final OperatorRegions regions;

    public RegionBinding(OperatorRegions regions) {
        this.regions = regions;
    }

    public List<FieldError> check(Role role, String regionCode) {
        if (role == null) {
            return List.of();
        }
        boolean none = regionCode == null || regionCode.isBlank();
        return switch (role) {
            case MINISTRY -> none ? List.of()
                    : List.of(new FieldError(FIELD, "must be empty: the MINISTRY reads the whole nation"));
            case ADMIN, VERIFIER -> none ? List.of() : switch (regions.standing(regionCode)) {
                case UNKNOWN -> unknown();
                case PROVINCE -> List.of();
                case REGENCY_OR_CITY -> List.of(new FieldError(FIELD, "must be empty (the whole deployment) or a "
                        + "province: an " + role + " is not bound to a regency or city"));
            };
            case OPERATOR -> none
                    ? List.of(new FieldError(FIELD, "is required for an OPERATOR: the regency, city or province it reports for"))
                    : regions.standing(regionCode) == OperatorRegions.Standing.UNKNOWN ? unknown() : List.of();
        };
    }

    private static List<FieldError> unknown() {
        return List.of(new FieldError(FIELD, "is not a known region"));
    }
}
