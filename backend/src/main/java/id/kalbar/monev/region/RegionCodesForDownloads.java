package id.kalbar.monev.region;

import id.kalbar.monev.importing.RegionCodeSchemes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Map;
import java.util.stream.Collectors;

/** Tells the downloads each region's BPS code. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RegionCodesForDownloads implements RegionCodeSchemes {

    private final RegionQueries regions;

    public RegionCodesForDownloads(RegionQueries regions) {
        this.regions = regions;
    }

    @Override
    public Map<String, String> bpsCodes() {
        return regions.all().stream().collect(Collectors.toMap(r -> r.code, r -> r.bpsCode));
    }

    @Override
    public Object changeStamp() {
        return regions.changeStamp();
    }
}
