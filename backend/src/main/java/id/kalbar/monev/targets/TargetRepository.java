package id.kalbar.monev.targets;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, TargetKey> {

    /** Stores the target with {@code breakdown} in place of the parts it had; a target not yet stored is persisted. */
    void storeWithBreakdown(Target target, boolean stored, List<TargetPeriod> breakdown) {
        if (!stored) {
            target.breakdown.addAll(breakdown);
            persist(target);
        } else {
            // Old parts go first: the new ones may reuse their keys, and a flush inserts before it deletes.
            target.breakdown.clear();
            flush();
            target.breakdown.addAll(breakdown);
        }
        flush();
    }
}
