import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { useIndicators } from '../api/get-indicators';
import { usePrograms } from '../api/get-programs';
import { PERIOD_TYPES, POLARITIES, PROGRAM_FIELDS } from '../api/types';
import { CatalogueFilters, type CatalogueFilterValues } from '../components/catalogue-filters';
import { CatalogueGroups } from '../components/catalogue-groups';
import { groupCatalogue } from '../components/group-catalogue';
import { useIsAdmin } from '../components/use-is-admin';

function oneOf<T extends string>(options: readonly T[], value: string | null): T | undefined {
  return options.includes(value as T) ? (value as T) : undefined;
}

/** The filters live in the address, so that a filtered catalogue can be bookmarked and shared. */
function useCatalogueFilters(): [CatalogueFilterValues, (value: CatalogueFilterValues) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<CatalogueFilterValues>(
    () => ({
      q: params.get('q') ?? '',
      field: oneOf(PROGRAM_FIELDS, params.get('field')),
      periodType: oneOf(PERIOD_TYPES, params.get('periodType')),
      polarity: oneOf(POLARITIES, params.get('polarity')),
      showRetired: params.get('retired') === 'true',
    }),
    [params],
  );
  const setFilters = useCallback(
    (value: CatalogueFilterValues) => {
      const next = new URLSearchParams();
      if (value.q) next.set('q', value.q);
      if (value.field) next.set('field', value.field);
      if (value.periodType) next.set('periodType', value.periodType);
      if (value.polarity) next.set('polarity', value.polarity);
      if (value.showRetired) next.set('retired', 'true');
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [filters, setFilters];
}

export function CatalogueRoute() {
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const [filters, setFilters] = useCatalogueFilters();
  const active = filters.showRetired ? undefined : true;
  const q = filters.q || undefined;

  const programs = usePrograms({ field: filters.field, active });
  const indicators = useIndicators({
    field: filters.field,
    periodType: filters.periodType,
    polarity: filters.polarity,
    q,
    active,
  });
  // Programs whose own code or name matches the search are shown even without matching indicators.
  const indicatorFiltered = Boolean(filters.periodType || filters.polarity);
  const matchingPrograms = usePrograms(
    { field: filters.field, active, q },
    { enabled: Boolean(q) && !indicatorFiltered },
  );

  const narrowed = Boolean(q) || indicatorFiltered;
  const groups = useMemo(
    () =>
      groupCatalogue(programs.data?.items ?? [], indicators.data?.items ?? [], {
        narrowed,
        matchingPrograms:
          q && !indicatorFiltered ? new Set(matchingPrograms.data?.items.map((program) => program.code)) : undefined,
      }),
    [programs.data, indicators.data, matchingPrograms.data, narrowed, q, indicatorFiltered],
  );
  const shownPrograms = groups.reduce((sum, group) => sum + group.programs.length, 0);
  const shownIndicators = groups.reduce(
    (sum, group) => sum + group.programs.reduce((inner, entry) => inner + entry.indicators.length, 0),
    0,
  );

  const failed = [programs, indicators, matchingPrograms].find((query) => query.isError);
  const pending = programs.isPending || indicators.isPending || (matchingPrograms.isFetching && !matchingPrograms.data);

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>{t('catalogue.title')}</h1>
          <p className="muted">{t('catalogue.intro')}</p>
        </div>
        {isAdmin && (
          <Link to="/catalogue/programs/new" className="button button-primary">
            {t('catalogue.actions.newProgram')}
          </Link>
        )}
      </header>

      <CatalogueFilters value={filters} onChange={setFilters} />

      {failed && <ErrorBanner error={failed.error} onRetry={() => void failed.refetch()} />}
      {pending && !failed && <Loading />}
      {!pending && !failed && (
        <>
          <p className="muted" aria-live="polite">
            {t('catalogue.programCount', { count: shownPrograms })} ·{' '}
            {t('catalogue.indicatorCount', { count: shownIndicators })}
          </p>
          <CatalogueGroups groups={groups} narrowed={narrowed} isAdmin={isAdmin} />
        </>
      )}
    </section>
  );
}
