package id.kalbar.monev.region;

import id.kalbar.monev.common.persistence.ChangeStamp;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** What other features may read of the regions; the region feature alone writes them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionQueries {

    private final RegionRepository regions;

    public RegionQueries(RegionRepository regions) {
        this.regions = regions;
    }

    public Optional<Region> find(String code) {
        return regions.findByIdOptional(code);
    }

    /** The region addressed by a path, or a 404 problem. */
    public Region require(String code) {
        return regions.require(code);
    }

    /** The province this deployment serves, if its regions are loaded. */
    public Optional<Region> province() {
        return regions.find("level", RegionLevel.PROVINCE).firstResultOptional();
    }

    /** The codes of the provinces this deployment holds, in code order. */
    public List<String> provinceCodes() {
        return regions.getEntityManager()
                .createQuery("select r.code from Region r where r.level = ?1 order by r.code", String.class)
                .setParameter(1, RegionLevel.PROVINCE).getResultList();
    }

    /** Every region, in code order. */
    public List<Region> all() {
        return regions.listAll(Sort.by("code"));
    }

    /** The regencies and cities, in code order. */
    public List<Region> regenciesAndCities() {
        return regions.list("level in ?1 order by code", List.of(RegionLevel.REGENCY, RegionLevel.CITY));
    }

    /** Changes with every region created, changed or deleted. */
    public ChangeStamp changeStamp() {
        return ChangeStamp.of(regions.getEntityManager(), "r", "from Region r");
    }
}
