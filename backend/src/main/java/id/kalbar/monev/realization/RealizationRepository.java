package id.kalbar.monev.realization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RealizationRepository implements PanacheRepositoryBase<Realization, RealizationKey> {
}
