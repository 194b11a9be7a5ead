package id.kalbar.monev.realization;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Realized values as the roll-ups over time take them. */
public final class RealizedValues {

    private RealizedValues() {
    }

    /** The values of one indicator's realizations, earliest period first. */
    public static List<BigDecimal> inTimeOrder(Collection<Realization> realizations) {
        return realizations.stream()
                // An indicator's periods are all of one type, so their first days order them.
                .sorted(Comparator.comparing((Realization r) -> r.periodStart))
                .map(r -> r.value)
                .toList();
    }
}
