package id.kalbar.monev.indicator;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import id.kalbar.monev.common.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    /** The record addressed by a path, or a 404 problem. */
    public Indicator require(String code) {
        return findByIdOptional(code).orElseThrow(() -> Problems.notFound("Indicator", code));
    }
}
