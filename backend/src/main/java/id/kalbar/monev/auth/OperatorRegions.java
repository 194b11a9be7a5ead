package id.kalbar.monev.auth;

import java.util.List;

/**
 * The regencies and cities that get a demo operator account. Implemented by the region feature, which
 * itself asks for roles, so that the accounts need not know the regions.
 */
public interface OperatorRegions {

    /** In code order. */
    List<LocalRegion> regenciesAndCities();

    record LocalRegion(String code, String name) {
    }
}
