package id.kalbar.monev.region;

import id.kalbar.monev.auth.OperatorRegions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/** Tells the accounts which regencies and cities there are, for demo operators and operator bindings. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionsForOperators implements OperatorRegions {

    private final RegionQueries regions;

    public RegionsForOperators(RegionQueries regions) {
        this.regions = regions;
    }

    @Override
    public List<LocalRegion> regenciesAndCities() {
        return regions.regenciesAndCities().stream().map(r -> new LocalRegion(r.code, r.name)).toList();
    }

    @Override
    public Standing standing(String regionCode) {
        return regions.find(regionCode)
                .map(r -> r.level == RegionLevel.PROVINCE ? Standing.PROVINCE : Standing.REGENCY_OR_CITY)
                .orElse(Standing.UNKNOWN);
    }
}
