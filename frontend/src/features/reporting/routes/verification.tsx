import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddressParams } from '@/lib/use-address-params';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { SelectField } from '@/components/select-field';
import { useCurrentUser } from '@/features/auth';
import { CommentThread } from '@/features/comments';
import { useRegions } from '@/features/regions';
import { can } from '@/lib/authorization';
import { periodInWords, periodsOfYears } from '@/lib/periods';
import { getRealizations, useRealizationPage } from '../api/get-realizations';
import { useIndicatorList } from '../api/get-reference-data';
import { getTargets } from '../api/get-targets';
import { reportingKeys } from '../api/types';
import type { RealizationKey } from '../api/write-realizations';
import { groupByRegionAndPeriod, queueLookups } from '../components/queue-rows';
import { VerificationQueue } from '../components/verification-queue';

const QUEUE_PAGE_SIZE = 25;
const THREAD_ID = 'value-thread';

const SORTS = [
  { value: 'submittedAt,regionCode,indicatorCode', label: 'waitingLongest' },
  { value: '-submittedAt,regionCode,indicatorCode', label: 'waitingShortest' },
  { value: 'regionCode,period,indicatorCode', label: 'region' },
] as const;

export function VerificationRoute() {
  const { t } = useTranslation();
  const { data: user, isPending } = useCurrentUser();
  const allowed = can(user, 'verify');
  const [params, changeParams] = useAddressParams();
  const regionFilter = params.get('region') ?? '';
  const periodFilter = params.get('period') ?? '';
  const sort = SORTS.find((option) => option.value === params.get('sort'))?.value ?? SORTS[0].value;
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  // A value's discussion opens below the queue when a link names it (a mention, a comment).
  const threadIndicator = params.get('indicator');

  // One page of the queue as the server sorts and filters it: the longest waiting first by default.
  const queue = useRealizationPage(
    {
      status: 'SUBMITTED',
      region: regionFilter || undefined,
      period: periodFilter || undefined,
      sort,
      page,
      size: QUEUE_PAGE_SIZE,
    },
    { enabled: allowed },
  );
  const indicators = useIndicatorList();
  const regions = useRegions();

  const shown = useMemo(() => queue.data?.items ?? [], [queue.data]);
  const total = queue.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
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

  const groups = groupByRegionAndPeriod(
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
  const regionOptions = (regions.data?.items ?? []).map((region) => region.code);
  const thisYear = new Date().getFullYear();
  const periodOptions = periodsOfYears([thisYear, thisYear - 1, thisYear - 2]);

  // Changing a filter or the order starts again on the first page.
  const setFilter = (key: string, value: string) =>
    changeParams((next) => {
      if (value) next.set(key, value);
      else next.delete(key);
      if (key !== 'page') next.delete('page');
    });

  // A value's discussion is addressed as the links to it are: its region and period as the filters, and the indicator.
  const toggleThread = (key: RealizationKey) =>
    changeParams((next) => {
      const open =
        next.get('indicator') === key.indicatorCode &&
        next.get('region') === key.regionCode &&
        next.get('period') === key.period;
      if (open) {
        next.delete('indicator');
      } else {
        next.set('indicator', key.indicatorCode);
        next.set('region', key.regionCode);
        next.set('period', key.period);
        next.delete('page');
      }
    });
  const openThread =
    threadIndicator && regionFilter && periodFilter
      ? { indicatorCode: threadIndicator, regionCode: regionFilter, period: periodFilter }
      : null;

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
                  {periodInWords(period, language)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('reporting.verification.sort')}
              value={sort}
              onChange={(event) => setFilter('sort', event.target.value)}
            >
              {SORTS.map((option) => (
                <option key={option.value} value={option.value}>
                  {t(`reporting.verification.sortOptions.${option.label}`)}
                </option>
              ))}
            </SelectField>
          </div>
          {queue.isPending && <Loading />}
          {queue.isError && <ErrorBanner error={queue.error} onRetry={() => void queue.refetch()} />}
          {queue.data && (
            <>
              <p className="muted" aria-live="polite">
                {t('reporting.verification.count', { count: total })}
              </p>
              <VerificationQueue
                groups={groups}
                indicators={indicatorNames}
                regionNames={regionNames}
                openThread={openThread}
                onToggleThread={toggleThread}
                threadId={THREAD_ID}
              />
              {pages > 1 && (
                <nav className="pager button-row" aria-label={t('reporting.verification.page', { page: page + 1, pages })}>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={page === 0}
                    onClick={() => setFilter('page', String(page - 1))}
                  >
                    {t('reporting.verification.previousPage')}
                  </button>
                  <span>{t('reporting.verification.page', { page: page + 1, pages })}</span>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={page + 1 >= pages}
                    onClick={() => setFilter('page', String(page + 1))}
                  >
                    {t('reporting.verification.nextPage')}
                  </button>
                </nav>
              )}
            </>
          )}
          {openThread && (
            <CommentThread
              key={`${openThread.indicatorCode}|${openThread.regionCode}|${openThread.period}`}
              id={THREAD_ID}
              thread={{ kind: 'realization', ...openThread }}
              username={user?.username}
              canWrite={can(user, 'comment')}
              title={t('comments.valueThread', { indicator: openThread.indicatorCode })}
              reveal
            />
          )}
        </>
      )}
    </section>
  );
}
