import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { useRegions } from '@/features/regions';
import { type FindingFilters, useFindings } from '../api/findings';
import { useMeetings } from '../api/meetings';
import { FINDING_CATEGORIES, FINDING_STATUSES, SEVERITIES } from '../api/types';
import { FindingsBoard } from '../components/findings-board';
import { type FindingFilterValues, FindingsFilters } from '../components/findings-filters';
import { useEvaluationUser } from '../components/permissions';
import { useRegionNames } from '../components/use-region-names';
import '../evaluation.css';
import { isRegionBound } from '@/lib/authorization';

function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.includes(value as T) ? (value as T) : undefined;
}

const FILTER_NAMES = ['q', 'region', 'category', 'severity', 'status', 'overdue', 'year', 'meeting'] as const;

/** The filters live in the address, so that a filtered board can be bookmarked and shared. */
function useFindingFilters(): [FindingFilterValues, (value: FindingFilterValues) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<FindingFilterValues>(
    () => ({
      q: params.get('q') ?? '',
      region: params.get('region') || undefined,
      category: oneOf(FINDING_CATEGORIES, params.get('category')),
      severity: oneOf(SEVERITIES, params.get('severity')),
      status: oneOf(FINDING_STATUSES, params.get('status')),
      overdue: oneOf(['true', 'false'] as const, params.get('overdue')),
      year: /^\d{4}$/.test(params.get('year') ?? '') ? (params.get('year') as string) : undefined,
      meeting: params.get('meeting') || undefined,
    }),
    [params],
  );
  const setFilters = useCallback(
    (value: FindingFilterValues) => {
      const next = new URLSearchParams();
      for (const name of FILTER_NAMES) {
        const entry = value[name];
        if (entry) next.set(name, entry);
      }
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [filters, setFilters];
}

function toQuery(filters: FindingFilterValues): FindingFilters {
  return {
    q: filters.q || undefined,
    region: filters.region,
    category: filters.category,
    severity: filters.severity,
    status: filters.status,
    overdue: filters.overdue === undefined ? undefined : filters.overdue === 'true',
    year: filters.year ? Number(filters.year) : undefined,
    meeting: filters.meeting,
  };
}

export function FindingsRoute() {
  const { t } = useTranslation();
  const { user, canRecord } = useEvaluationUser();
  const [filters, setFilters] = useFindingFilters();
  const findings = useFindings(toQuery(filters));
  const meetings = useMeetings();
  const regions = useRegions();
  const names = useRegionNames();

  return (
    <section className="page page-wide">
      <header className="page-header">
        <div>
          <h1>{t('evaluation.findings.title')}</h1>
          <p className="muted">{t('evaluation.findings.intro')}</p>
        </div>
        {canRecord && (
          <Link to="/findings/new" className="button button-primary">
            {t('evaluation.actions.newFinding')}
          </Link>
        )}
      </header>

      <FindingsFilters
        value={filters}
        onChange={setFilters}
        regions={regions.data?.items ?? []}
        meetings={meetings.data?.items ?? []}
        showRegion={!isRegionBound(user)}
      />

      {findings.isPending && <Loading />}
      {findings.isError && <ErrorBanner error={findings.error} onRetry={() => void findings.refetch()} />}
      {findings.data && (
        <>
          <p className="muted" aria-live="polite">
            {t('evaluation.findings.count', { count: findings.data.total })}
            {findings.data.total > findings.data.items.length &&
              ` · ${t('evaluation.findings.shownOf', { shown: findings.data.items.length, total: findings.data.total })}`}
          </p>
          <FindingsBoard findings={findings.data.items} regionNames={names} />
        </>
      )}
    </section>
  );
}
