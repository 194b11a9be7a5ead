import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { SelectField } from '@/components/select-field';
import { useCurrentUser } from '@/features/auth';
import { useRegions } from '@/features/regions';
import { getRealizations, useRealizations } from '../api/get-realizations';
import { useIndicatorList } from '../api/get-reference-data';
import { getTargets } from '../api/get-targets';
import { reportingKeys } from '../api/types';
import { groupQueue, queueLookups } from '../components/queue-rows';
import { VerificationQueue } from '../components/verification-queue';

export function VerificationRoute() {
  const { t } = useTranslation();
  const { data: user, isPending } = useCurrentUser();
  const allowed = user?.role === 'VERIFIER' || user?.role === 'ADMIN';
  const [params, setParams] = useSearchParams();
  const regionFilter = params.get('region') ?? '';
  const periodFilter = params.get('period') ?? '';

  const queue = useRealizations({ status: 'SUBMITTED', sort: 'regionCode,period,indicatorCode' }, { enabled: allowed });
  const indicators = useIndicatorList();
  const regions = useRegions();

  const submitted = useMemo(() => queue.data ?? [], [queue.data]);
  const shown = useMemo(
    () =>
      submitted.filter(
        (item) => (!regionFilter || item.regionCode === regionFilter) && (!periodFilter || item.period === periodFilter),
      ),
    [submitted, regionFilter, periodFilter],
  );
  const lookups = useMemo(() => queueLookups(shown), [shown]);

  const targets = useQueries({
    queries: lookups.years.map((year) => ({
      queryKey: reportingKeys.targetList({ year }),
      queryFn: () => getTargets({ year }),
    })),
  });
  const previous = useQueries({
    queries: lookups.previousPeriods.map((period) => ({
      queryKey: reportingKeys.realizationList({ period }),
      queryFn: () => getRealizations({ period }),
    })),
  });

  const groups = groupQueue(
    shown,
    targets.flatMap((query) => query.data ?? []),
    previous.flatMap((query) => query.data ?? []),
  );
  const indicatorNames = useMemo(
    () => new Map((indicators.data?.items ?? []).map((indicator) => [indicator.code, indicator])),
    [indicators.data],
  );
  const regionNames = useMemo(
    () => new Map((regions.data?.items ?? []).map((region) => [region.code, region.name])),
    [regions.data],
  );
  const regionOptions = [...new Set(submitted.map((item) => item.regionCode))].sort((a, b) =>
    a.localeCompare(b, undefined, { numeric: true }),
  );
  const periodOptions = [...new Set(submitted.map((item) => item.period))].sort().reverse();

  const setFilter = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  if (isPending) return <Loading />;

  return (
    <section className="page page-wide">
      <header className="page-header">
        <div>
          <h1>{t('reporting.verification.title')}</h1>
          <p className="muted">{t('reporting.verification.intro')}</p>
        </div>
      </header>
      {!allowed ? (
        <p className="banner banner-notice">{t('reporting.verification.forbidden')}</p>
      ) : (
        <>
          <div className="filter-bar">
            <SelectField
              label={t('reporting.region')}
              value={regionFilter}
              onChange={(event) => setFilter('region', event.target.value)}
            >
              <option value="">{t('reporting.verification.allRegions')}</option>
              {regionOptions.map((code) => (
                <option key={code} value={code}>
                  {code} · {regionNames.get(code) ?? code}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('reporting.period.period')}
              value={periodFilter}
              onChange={(event) => setFilter('period', event.target.value)}
            >
              <option value="">{t('reporting.verification.allPeriods')}</option>
              {periodOptions.map((period) => (
                <option key={period} value={period}>
                  {period}
                </option>
              ))}
            </SelectField>
          </div>
          {queue.isPending && <Loading />}
          {queue.isError && <ErrorBanner error={queue.error} onRetry={() => void queue.refetch()} />}
          {queue.data && (
            <>
              <p className="muted" aria-live="polite">
                {t('reporting.verification.count', { count: shown.length })}
              </p>
              <VerificationQueue groups={groups} indicators={indicatorNames} regionNames={regionNames} />
            </>
          )}
        </>
      )}
    </section>
  );
}
