package id.kalbar.monev.sync;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceRegionsTest {

    private record Source(String region) implements SyncConfig.Source {
        @Override
        public URI url() {
            return URI.create("https://monev.example.go.id");
        }

        @Override
        public String clientId() {
            return "cl-1";
        }

        @Override
        public String clientSecret() {
            return "secret";
        }

        @Override
        public boolean enabled() {
            return true;
        }
    }

    @Test
    void eachProvinceFromItsOwnSourceIsFine() {
        assertEquals(List.of(), SourceRegions.overlaps(Map.of("kalbar", new Source("61"), "kalteng", new Source("62"),
                "kaltim", new Source("64"))));
    }

    @Test
    void twoSourcesOfOneProvinceOrOfAProvinceAndItsRegencyAreRefused() {
        List<String> same = SourceRegions.overlaps(Map.of("kalbar", new Source("61"), "kalbar2", new Source("61")));
        assertEquals(List.of("sources kalbar and kalbar2 both bring region 61; give each region one source"), same);

        List<String> nested = SourceRegions.overlaps(Map.of("kalbar", new Source("61"), "sambas", new Source("61.01")));
        assertEquals(1, nested.size());
        assertTrue(nested.get(0).contains("61.01"), nested.get(0));
    }
}
