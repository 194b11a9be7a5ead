package id.kalbar.monev.targets;

import java.io.Serializable;

/** Natural key of a target: indicator × region × year. */
public record TargetKey(String indicatorCode, String regionCode, int year) implements Serializable {

    @Override
    public String toString() {
        return indicatorCode + "/" + regionCode + "/" + year;
    }
}
