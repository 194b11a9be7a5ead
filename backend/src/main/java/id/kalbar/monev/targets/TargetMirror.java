package id.kalbar.monev.targets;

import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.IndicatorQueries;
import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Targets as another deployment holds them, written here with their status. The target still answers to
 * {@link TargetRules} and to the breakdown check of a single write; the round that agreed it was that
 * deployment's, so this deployment's rounds do not hold it back.
 */
@ApplicationScoped
public class TargetMirror {

    private final TargetRepository targets;
    private final IndicatorQueries indicators;
    private final RegionQueries regions;
    private final AuditLog audit;

    TargetMirror(TargetRepository targets, IndicatorQueries indicators, RegionQueries regions, AuditLog audit) {
        this.targets = targets;
        this.indicators = indicators;
        this.regions = regions;
        this.audit = audit;
    }

    /** Writes the source's target; false when this deployment already holds it exactly so. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean put(TargetResponse source, String scopeRegion, String actor) {
        Indicator indicator = indicators.find(source.indicatorCode()).orElse(null);
        Refusal.throwIfPresent(TargetRules.indicator(source.indicatorCode(), indicator));
        Region region = regions.find(source.regionCode()).orElse(null);
        Refusal.throwIfPresent(TargetRules.region(source.regionCode(), region, RegionScope.of(scopeRegion)));
        Refusal.throwIfPresent(TargetRules.reporting(indicator, region));
        String yearText = Integer.toString(source.year());
        int year = TargetRules.year(yearText).orElseThrow(() -> TargetRules.badYear(yearText).toProblem());
        List<TargetPeriod> breakdown = TargetService.checkBreakdown(indicator, region.code, year, source.breakdown());
        TargetKey key = new TargetKey(indicator.code, region.code, year);
        Optional<Target> existing = targets.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE);
        TargetResponse before = existing.map(TargetResponse::from).orElse(null);
        if (before != null && sameAs(before, source)) {
            return false;
        }
        Target target = existing.orElseGet(() -> {
            Target created = new Target();
            created.indicatorCode = key.indicatorCode();
            created.regionCode = key.regionCode();
            created.year = key.year();
            return created;
        });
        target.value = source.value();
        target.status = source.status();
        targets.storeWithBreakdown(target, before != null, breakdown);
        audit.changedBy(actor, TargetService.ENTITY_TYPE, key.toString(),
                before == null ? AuditAction.CREATE : AuditAction.UPDATE, before, TargetResponse.from(target));
        return true;
    }

    /** Removes a target the source deleted; false when this deployment does not hold it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(String indicatorCode, String regionCode, int year, String scopeRegion, String actor) {
        Region region = regions.find(regionCode).orElse(null);
        if (region == null) {
            return false;
        }
        Refusal.throwIfPresent(TargetRules.region(regionCode, region, RegionScope.of(scopeRegion)));
        Optional<Target> existing = targets.findByIdOptional(new TargetKey(indicatorCode, regionCode, year),
                LockModeType.PESSIMISTIC_WRITE);
        if (existing.isEmpty()) {
            return false;
        }
        TargetResponse before = TargetResponse.from(existing.get());
        targets.delete(existing.get());
        audit.changedBy(actor, TargetService.ENTITY_TYPE, existing.get().key().toString(), AuditAction.DELETE, before, null);
        return true;
    }

    private static boolean sameAs(TargetResponse stored, TargetResponse source) {
        return stored.value().compareTo(source.value()) == 0 && stored.status() == source.status()
                && parts(stored).equals(parts(source));
    }

    /** The breakdown as comparable text, in period order, decimals without trailing zeros. */
    private static List<String> parts(TargetResponse target) {
        return target.breakdown() == null ? List.of() : target.breakdown().stream()
                .map(p -> p.period() + "=" + p.value().stripTrailingZeros().toPlainString()).sorted().toList();
    }
}
