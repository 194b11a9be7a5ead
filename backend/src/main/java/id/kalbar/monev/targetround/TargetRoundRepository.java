package id.kalbar.monev.targetround;

import id.kalbar.monev.common.problem.Problems;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

@ApplicationScoped
public class TargetRoundRepository implements PanacheRepositoryBase<TargetRound, Integer> {

    /** The round of a year, or a 404 problem; {@code lock} takes the row for a change of status. */
    TargetRound require(int year, boolean lock) {
        return (lock ? findByIdOptional(year, LockModeType.PESSIMISTIC_WRITE) : findByIdOptional(year))
                .orElseThrow(() -> Problems.notFound("Target round", String.valueOf(year)));
    }

    /**
     * The round, locked as given: changing its status takes it for update; writing a proposal takes it
     * for share, so that proposals and reviews never interleave with the status change of review or approval.
     */
    TargetRound require(int year, LockModeType lock) {
        return findByIdOptional(year, lock).orElseThrow(() -> Problems.notFound("Target round", String.valueOf(year)));
    }
}
