package id.kalbar.monev.importing;

import java.util.Map;

/**
 * The indicators' codes in the ministry's catalogue, for downloads a ministry system loads without a mapping
 * table. The indicator feature implements it: downloads learn the codes without depending on that feature.
 */
public interface IndicatorCodeSchemes {

    /** The ministry's code of each indicator that has one, by the indicator's own code. */
    Map<String, String> ministryCodes();

    /** Changes whenever an indicator's codes may have; part of a download's tag keyed by ministry codes. */
    Object changeStamp();
}
