package id.kalbar.monev.region;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {
}
