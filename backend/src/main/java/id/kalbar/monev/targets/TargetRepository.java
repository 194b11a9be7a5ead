package id.kalbar.monev.targets;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, TargetKey> {
}
