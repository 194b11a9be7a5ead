package id.kalbar.monev.targetround;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TargetProposalRepository implements PanacheRepositoryBase<TargetProposal, TargetProposal.Key> {
}
