package id.kalbar.monev.targets;

import id.kalbar.monev.common.persistence.ChangeStamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;

/** What other features may read of the targets; the target feature alone writes them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TargetQueries {

    private final TargetRepository targets;

    public TargetQueries(TargetRepository targets) {
        this.targets = targets;
    }

    /** The targets of some indicators in a year, with their breakdowns over the periods. */
    public List<Target> ofYear(int year, Collection<String> indicatorCodes) {
        return targets.find("select distinct t from Target t left join fetch t.breakdown where t.year = ?1 and t.indicatorCode in ?2",
                year, indicatorCodes).list();
    }

    /** Changes with every target of the year (or its breakdown) created, changed or deleted. */
    public ChangeStamp changeStamp(int year) {
        return ChangeStamp.of(targets.getEntityManager(), "t", "from Target t where t.year = ?1", year);
    }
}
