package id.kalbar.monev.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class AuditTrail implements PanacheRepositoryBase<AuditTrailEntry, UUID> {
}
