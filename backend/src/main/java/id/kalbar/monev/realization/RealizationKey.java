package id.kalbar.monev.realization;

import java.io.Serializable;

/** Natural key of a realization: indicator × region × period. */
public record RealizationKey(String indicatorCode, String regionCode, String period) implements Serializable {

    @Override
    public String toString() {
        return indicatorCode + "/" + regionCode + "/" + period;
    }
}
