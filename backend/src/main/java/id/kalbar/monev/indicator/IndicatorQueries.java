package id.kalbar.monev.indicator;

import id.kalbar.monev.common.persistence.ChangeStamp;
import id.kalbar.monev.common.paging.Filter;
import id.kalbar.monev.common.paging.FilterValues;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** What other features may read of the indicators; the indicator feature alone writes them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorQueries {

    private final IndicatorRepository indicators;

    public IndicatorQueries(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    public Optional<Indicator> find(String code) {
        return indicators.findByIdOptional(code);
    }

    /** The indicator addressed by a path, or a 404 problem. */
    public Indicator require(String code) {
        return indicators.require(code);
    }

    /** The indicators of a program, or the one with a code, or all when both are absent; in code order. */
    public List<Indicator> list(String programCode, String code) {
        Filter filter = new Filter()
                .equal("programCode", FilterValues.text(programCode))
                .equal("code", FilterValues.text(code));
        return indicators.list(filter.query(), Sort.by("code"), filter.parameters());
    }

    /** Changes with every indicator created, changed, retired or deleted. */
    public ChangeStamp changeStamp() {
        return ChangeStamp.of(indicators.getEntityManager(), "i", "from Indicator i");
    }
}
