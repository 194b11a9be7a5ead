package id.kalbar.monev.auth;

import java.util.List;

/**
 * What the accounts need to know of the regions: which regencies and cities there are (each gets a demo
 * operator) and whether a code names one. Implemented by the region feature, which itself asks for
 * roles, so that the accounts need not know the regions.
 */
public interface OperatorRegions {

    /** In code order. */
    List<LocalRegion> regenciesAndCities();

    Standing standing(String regionCode);

    /** What a region code names, for the roles that may be bound to it. */
    enum Standing {
        UNKNOWN, PROVINCE, REGENCY_OR_CITY
    }

    record LocalRegion(String code, String name) {
    }
}
