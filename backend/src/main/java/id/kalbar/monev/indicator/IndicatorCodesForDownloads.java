package id.kalbar.monev.indicator;

import id.kalbar.monev.importing.IndicatorCodeSchemes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.Map;

/** Tells the downloads each indicator's code in the ministry's catalogue. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorCodesForDownloads implements IndicatorCodeSchemes {

    private final IndicatorQueries indicators;

    public IndicatorCodesForDownloads(IndicatorQueries indicators) {
        this.indicators = indicators;
    }

    @Override
    public Map<String, String> ministryCodes() {
        Map<String, String> codes = new HashMap<>();
        for (Indicator indicator : indicators.list(null, null)) {
            if (indicator.ministryCode != null && !indicator.ministryCode.isBlank()) {
                codes.put(indicator.code, indicator.ministryCode);
            }
        }
        return codes;
    }

    @Override
    public Object changeStamp() {
        return indicators.changeStamp();
    }
}
