package id.kalbar.monev.realization;

import java.io.Serializable;

public record ReportingExceptionKey(String regionCode, String period) implements Serializable {

    @Override
    public String toString() {
        return regionCode + "/" + period;
    }
}
