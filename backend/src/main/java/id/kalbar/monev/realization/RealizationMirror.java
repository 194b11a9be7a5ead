package id.kalbar.monev.realization;

import id.kalbar.monev.audit.AuditAction;
import id.kalbar.monev.audit.AuditLog;
import id.kalbar.monev.auth.RegionScope;
import id.kalbar.monev.auth.Role;
import id.kalbar.monev.common.period.Period;
import id.kalbar.monev.common.period.ReportingCalendar;
import id.kalbar.monev.common.rules.Refusal;
import id.kalbar.monev.indicator.Indicator;
import id.kalbar.monev.indicator.IndicatorQueries;
import id.kalbar.monev.region.Region;
import id.kalbar.monev.region.RegionQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Objects;
import java.util.Optional;

/**
 * Realizations as another deployment holds them, written here with their workflow state: that deployment's
 * operators and verifiers decided it. The record itself still answers to {@link RealizationRules} (a known
 * indicator, a region within the source's scope that reports it, a period of its type), as every write does.
 */
@ApplicationScoped
public class RealizationMirror {

    private final RealizationRepository realizations;
    private final IndicatorQueries indicators;
    private final RegionQueries regions;
    private final ReportingCalendar calendar;
    private final AuditLog audit;

    RealizationMirror(RealizationRepository realizations, IndicatorQueries indicators, RegionQueries regions,
                      ReportingCalendar calendar, AuditLog audit) {
        this.realizations = realizations;
        this.indicators = indicators;
        this.regions = regions;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** Writes the source's record; false when this deployment already holds it exactly so. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean put(RealizationResponse source, String scopeRegion, String actor) {
        Indicator indicator = indicators.find(source.indicatorCode()).orElse(null);
        Refusal.throwIfPresent(RealizationRules.indicator(source.indicatorCode(), indicator));
        Region region = regions.find(source.regionCode()).orElse(null);
        Refusal.throwIfPresent(RealizationRules.region(source.regionCode(), region, writer(scopeRegion)));
        Optional<Period> parsed = Period.parse(source.period());
        Refusal.throwIfPresent(RealizationRules.period(indicator, source.period(), parsed));
        Refusal.throwIfPresent(RealizationRules.reporting(indicator, region));
        Refusal.throwIfPresent(RealizationRules.note(source.note()));
        Period period = parsed.orElseThrow();
        RealizationKey key = new RealizationKey(indicator.code, region.code, period.toString(), period.year());
        Optional<Realization> existing = realizations.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE);
        if (existing.isPresent() && sameAs(existing.get(), source)) {
            return false;
        }
        RealizationResponse before = existing.map(this::toResponse).orElse(null);
        Realization realization = existing.orElseGet(() -> {
            Realization created = new Realization();
            created.indicatorCode = key.indicatorCode();
            created.regionCode = key.regionCode();
            created.period = key.period();
            created.year = key.year();
            created.periodStart = period.firstDay();
            return created;
        });
        realization.value = source.value();
        realization.note = source.note();
        realization.evidenceUrl = source.evidenceUrl();
        realization.status = source.status();
        realization.returnReason = source.returnReason();
        realization.submittedBy = source.submittedBy();
        realization.submittedAt = source.submittedAt();
        realization.verifiedBy = source.verifiedBy();
        realization.verifiedAt = source.verifiedAt();
        if (before == null) {
            realizations.persist(realization);
        }
        // Not flushed here: the history leaves out what a flush sets (version, times), and the caller flushes in batches.
        audit.changedBy(actor, RealizationService.ENTITY_TYPE, key.toString(),
                before == null ? AuditAction.CREATE : AuditAction.UPDATE, before, toResponse(realization));
        return true;
    }

    /** Removes a record the source deleted; false when this deployment does not hold it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(String indicatorCode, String regionCode, String period, String scopeRegion, String actor) {
        Region region = regions.find(regionCode).orElse(null);
        if (region == null) {
            return false;
        }
        Refusal.throwIfPresent(RealizationRules.region(regionCode, region, writer(scopeRegion)));
        Optional<Realization> existing = RealizationKey.of(indicatorCode, regionCode, period)
                .flatMap(key -> realizations.findByIdOptional(key, LockModeType.PESSIMISTIC_WRITE));
        if (existing.isEmpty()) {
            return false;
        }
        RealizationResponse before = toResponse(existing.get());
        realizations.delete(existing.get());
        audit.changedBy(actor, RealizationService.ENTITY_TYPE, existing.get().key().toString(), AuditAction.DELETE, before, null);
        return true;
    }

    /** A source writes within its region as an administrator of that region would. */
    private static RealizationRules.Writer writer(String scopeRegion) {
        return new RealizationRules.Writer(Role.ADMIN, scopeRegion);
    }

    private static boolean sameAs(Realization stored, RealizationResponse source) {
        return stored.value.compareTo(source.value()) == 0
                && Objects.equals(stored.note, source.note())
                && Objects.equals(stored.evidenceUrl, source.evidenceUrl())
                && stored.status == source.status()
                && Objects.equals(stored.returnReason, source.returnReason())
                && Objects.equals(stored.submittedBy, source.submittedBy())
                && Objects.equals(stored.submittedAt, source.submittedAt())
                && Objects.equals(stored.verifiedBy, source.verifiedBy())
                && Objects.equals(stored.verifiedAt, source.verifiedAt());
    }

    private RealizationResponse toResponse(Realization realization) {
        return RealizationResponse.from(realization, calendar.deadline(Period.parse(realization.period).orElseThrow()));
    }
}
