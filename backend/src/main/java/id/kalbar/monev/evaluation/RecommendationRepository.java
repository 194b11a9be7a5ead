package id.kalbar.monev.evaluation;

import id.kalbar.monev.common.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, UUID> {
    /** The record addressed by a path, or a 404 problem. */
    public Recommendation require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> Problems.notFound("Recommendation", id.toString()));
    }
}
