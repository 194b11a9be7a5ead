import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { RegionEvaluationPicker } from '@/features/evaluation';
import { type RegionLevel, useRegions } from '../api/get-regions';
import { RegionLevelFilter } from '../components/region-level-filter';
import { RegionsTable } from '../components/regions-table';

export function RegionsRoute() {
  const { t } = useTranslation();
  const [level, setLevel] = useState<RegionLevel | undefined>();
  const regions = useRegions(level);
  // Parents sit at another level than their children, so look names up in the full list.
  const allRegions = useRegions();

  const namesByCode = useMemo(
    () => new Map((allRegions.data?.items ?? []).map((region) => [region.code, region.name])),
    [allRegions.data],
  );

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>{t('regions.title')}</h1>
          <p className="muted">{t('regions.intro')}</p>
        </div>
        <RegionLevelFilter value={level} onChange={setLevel} />
      </header>

      {regions.isPending && <Loading />}
      {regions.isError && <ErrorBanner error={regions.error} onRetry={() => void regions.refetch()} />}
      {regions.data && (
        <>
          <p className="muted" aria-live="polite">
            {t('regions.count', { count: regions.data.total })}
          </p>
          <RegionsTable regions={regions.data.items} namesByCode={namesByCode} />
        </>
      )}
      <RegionEvaluationPicker />
    </section>
  );
}
