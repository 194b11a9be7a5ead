package id.kalbar.monev.importing;

import java.util.Map;

/**
 * The regions' codes in the BPS scheme, for downloads a ministry system loads without a mapping table.
 * The region feature implements it: downloads learn the codes without depending on that feature.
 */
public interface RegionCodeSchemes {

    /** Each region's BPS code by its Kemendagri code. */
    Map<String, String> bpsCodes();

    /** Changes whenever a region's codes may have; part of a BPS download's tag. */
    Object changeStamp();
}
