package id.kalbar.monev.evaluation;

import id.kalbar.monev.common.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {
    /** The record addressed by a path, or a 404 problem. */
    public Agreement require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> Problems.notFound("Agreement", id.toString()));
    }
}
