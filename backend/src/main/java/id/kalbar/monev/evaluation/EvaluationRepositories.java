package id.kalbar.monev.evaluation;

import id.kalbar.monev.common.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The repositories of the evaluation records. */
public final class EvaluationRepositories {

    private EvaluationRepositories() {
    }

    @ApplicationScoped
    public static class Meetings implements PanacheRepositoryBase<Meeting, UUID> {
        public Meeting require(UUID id) {
            return findByIdOptional(id).orElseThrow(() -> Problems.notFound("Meeting", id.toString()));
        }
    }

    @ApplicationScoped
    public static class Agreements implements PanacheRepositoryBase<Agreement, UUID> {
        public Agreement require(UUID id) {
            return findByIdOptional(id).orElseThrow(() -> Problems.notFound("Agreement", id.toString()));
        }
    }

    @ApplicationScoped
    public static class Findings implements PanacheRepositoryBase<Finding, UUID> {
        public Finding require(UUID id) {
            return findByIdOptional(id).orElseThrow(() -> Problems.notFound("Finding", id.toString()));
        }
    }

    @ApplicationScoped
    public static class Recommendations implements PanacheRepositoryBase<Recommendation, UUID> {
        public Recommendation require(UUID id) {
            return findByIdOptional(id).orElseThrow(() -> Problems.notFound("Recommendation", id.toString()));
        }
    }

    @ApplicationScoped
    public static class FollowUps implements PanacheRepositoryBase<FollowUp, UUID> {
    }
}
