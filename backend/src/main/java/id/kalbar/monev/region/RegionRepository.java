package id.kalbar.monev.region;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import id.kalbar.monev.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    /** The record addressed by a path, or a 404 problem. */
    public Region require(String code) {
        return findByIdOptional(code).orElseThrow(() -> Problems.notFound("Region", code));
    }
}
