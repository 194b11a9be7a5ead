package id.kalbar.monev.realization;

import id.kalbar.monev.common.period.Period;

import java.io.Serializable;
import java.util.Optional;

/**
 * Natural key of a realization: indicator × region × period, with the period's year beside it. The year
 * adds nothing to uniqueness (a period names its year) but is the table's partition key: a lookup that
 * carries it reads one year's partition instead of probing every year's.
 */
public record RealizationKey(String indicatorCode, String regionCode, String period, int year) implements Serializable {

    /** The key of a period as the API writes it; empty when the text is no period (no value has such a key). */
    public static Optional<RealizationKey> of(String indicatorCode, String regionCode, String period) {
        return Period.parse(period).map(p -> new RealizationKey(indicatorCode, regionCode, period, p.year()));
    }

    /** As audit events and comment threads name a value: without the year, which the period already says. */
    @Override
    public String toString() {
        return indicatorCode + "/" + regionCode + "/" + period;
    }
}
