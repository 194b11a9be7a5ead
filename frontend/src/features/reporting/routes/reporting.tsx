import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddressParams } from '@/lib/use-address-params';
import { Loading } from '@/components/loading';
import { SelectField } from '@/components/select-field';
import { UnsavedChangesGuard } from '@/components/unsaved-changes-guard';
import { useCurrentUser } from '@/features/auth';
import { ExportButton } from '@/features/imports';
import { useRegions } from '@/features/regions';
import {
  hasStarted,
  PERIOD_TYPES,
  type PeriodType,
  periodContaining,
  periodLabel,
  periodsOfYear,
  periodTypeOf,
  reportingYears,
  todayIso,
} from '@/lib/periods';
import { useIndicatorList } from '../api/get-reference-data';
import { useRealizations } from '../api/get-realizations';
import { useReportingExceptions } from '../api/get-reporting-exceptions';
import { firstPeriodNeedingWork, gridIndicators } from '../components/grid-rows';
import { CommentThread } from '@/features/comments';
import { ReportingGrid } from '../components/reporting-grid';
import { can } from '@/lib/authorization';

const THREAD_ID = 'value-thread';

/** The period to open: the one running today in the current year, else the year's last. */
function defaultPeriod(type: PeriodType, year: number, today: string): string {
  const periods = periodsOfYear(type, year).filter((period) => hasStarted(period, today));
  const running = periodContaining(type, today);
  return periods.includes(running) ? running : (periods.at(-1) ?? periodsOfYear(type, year)[0]);
}

export function ReportingRoute() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const { data: user, isPending } = useCurrentUser();
  const isAdmin = can(user, 'chooseAnyRegion');
  const regions = useRegions();
  const [params, changeParams] = useAddressParams();
  const today = todayIso();
  const currentYear = Number(today.slice(0, 4));

  const years = reportingYears(currentYear);
  const year = Number(params.get('year')) || currentYear;
  const requestedType = params.get('type') as PeriodType | null;
  const periodType: PeriodType = requestedType && PERIOD_TYPES.includes(requestedType) ? requestedType : 'QUARTERLY';
  const periods = periodsOfYear(periodType, year).filter((period) => hasStarted(period, today));
  const requestedPeriod = params.get('period');
  const regionCode = isAdmin ? (params.get('region') ?? '') : (user?.regionCode ?? '');
  const [unsaved, setUnsaved] = useState(false);

  // Without a chosen period, open the earliest one that still needs work.
  const choosePeriod = !(requestedPeriod && periods.includes(requestedPeriod)) && !!regionCode && periods.length > 0;
  const indicators = useIndicatorList();
  const yearValues = useRealizations(
    { region: regionCode, periodFrom: periods[0], periodTo: periods.at(-1) },
    { enabled: choosePeriod },
  );
  const regionExceptions = useReportingExceptions(regionCode, undefined, { enabled: choosePeriod });
  const needingWork =
    choosePeriod && indicators.data && yearValues.data && regionExceptions.data
      ? firstPeriodNeedingWork({
          periods,
          realizations: yearValues.data,
          exceptions: regionExceptions.data.items,
          indicatorCount: gridIndicators(indicators.data.items, periodType, regionCode).length,
          today,
          role: user?.role,
        })
      : null;
  const choosing = choosePeriod && (indicators.isPending || yearValues.isPending || regionExceptions.isPending);
  const period =
    requestedPeriod && periods.includes(requestedPeriod)
      ? requestedPeriod
      : (needingWork ?? defaultPeriod(periodType, year, today));
  // A value's discussion opens beside the grid when a link names it (notifications, the home page).
  const threadIndicator = params.get('indicator');
  const regionName = regions.data?.items.find((region) => region.code === regionCode)?.name ?? regionCode;

  const update = (changes: Record<string, string | null>) =>
    changeParams((next) => {
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
    });

  // Keep the chosen period in the address, so that saving values does not move the page on.
  const pinPeriod = choosePeriod && !choosing ? period : null;
  useEffect(() => {
    if (pinPeriod) update({ period: pinPeriod });
  }, [pinPeriod]); // update is rebuilt on every render and changes nothing else

  if (isPending || choosing) return <Loading />;
  const allowed = can(user, 'report');

  return (
    <section className="page page-wide">
      <header className="page-header">
        <div>
          <h1>{t('reporting.grid.title')}</h1>
          <p className="muted">{t('reporting.grid.intro')}</p>
        </div>
        {allowed && regionCode && (
          <ExportButton
            kind="realizations"
            query={{ region: regionCode, periodFrom: period, periodTo: period }}
            label={t('imports.export.downloadLabel', {
              what: t('imports.export.realizationsOf', { period: periodLabel(period, t, language), region: regionName }),
            })}
          />
        )}
      </header>

      <UnsavedChangesGuard when={unsaved} />
      {!allowed ? (
        <p className="banner banner-notice">{t('reporting.grid.forbidden')}</p>
      ) : (
        <>
          <div className="filter-bar">
            {isAdmin && (
              <SelectField
                label={t('reporting.region')}
                value={regionCode}
                onChange={(event) => update({ region: event.target.value || null })}
              >
                <option value="">{t('reporting.chooseRegion')}</option>
                {(regions.data?.items ?? []).map((region) => (
                  <option key={region.code} value={region.code}>
                    {region.code} · {region.name}
                  </option>
                ))}
              </SelectField>
            )}
            <SelectField
              label={t('reporting.period.year')}
              value={year}
              onChange={(event) => update({ year: event.target.value, period: null })}
            >
              {years.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('reporting.period.type')}
              value={periodType}
              onChange={(event) => update({ type: event.target.value, period: null })}
            >
              {PERIOD_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`reporting.period.${type}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('reporting.period.period')}
              value={period}
              onChange={(event) => update({ period: event.target.value })}
            >
              {periods.map((option) => (
                <option key={option} value={option}>
                  {periodLabel(option, t, language)} ({option})
                </option>
              ))}
            </SelectField>
          </div>

          {!regionCode ? (
            <p className="muted">{isAdmin ? t('reporting.chooseRegion') : t('reporting.grid.noRegion')}</p>
          ) : (
            periodTypeOf(period) === periodType && (
              <ReportingGrid
                key={`${regionCode}|${period}`}
                regionCode={regionCode}
                regionName={regionName}
                year={year}
                periodType={periodType}
                period={period}
                role={user?.role}
                today={today}
                onUnsavedChange={setUnsaved}
                openThread={threadIndicator}
                onToggleThread={(code) => update({ indicator: code === threadIndicator ? null : code })}
                threadId={THREAD_ID}
              />
            )
          )}
          {regionCode && threadIndicator && (
            <CommentThread
              key={`${threadIndicator}|${regionCode}|${period}`}
              id={THREAD_ID}
              thread={{ kind: 'realization', indicatorCode: threadIndicator, regionCode, period }}
              username={user?.username}
              canWrite={can(user, 'comment')}
              title={t('comments.valueThread', { indicator: threadIndicator })}
              reveal
            />
          )}
        </>
      )}
    </section>
  );
}
