import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { SelectField } from '@/components/select-field';
import { RegionEvaluationPanel } from '@/features/evaluation';
import { useRegion } from '@/features/regions';
import { formatDecimal, formatPercent } from '@/lib/number-format';
import { FIRST_REPORTING_YEAR, reportingYears, todayIso } from '@/lib/periods';
import {
  type AchievementIndicator,
  type AchievementReport,
  type AchievementRow,
  useAchievementYears,
  useAchievements,
  useProgramNames,
} from '../api/get-achievements';
import { useShownYear } from '../api/get-latest-year';
import { groupByProgram } from '../components/achievement-matrix';
import { Breadcrumbs, useOverviewTrail } from '../components/breadcrumbs';
import { shorten } from '@/lib/html';
import { achievementBars, achievementTrend } from '../components/chart-options';
import { EChart } from '../components/echart';
import { RatingLegend } from '../components/rating-legend';
import { share } from '../components/overview-rows';
import { ratingClass } from '../components/ratings';

type Row = AchievementRow;

/** The region's row per indicator; the province's are its roll-ups. */
function rowsOf(report: AchievementReport | undefined, code: string): Map<string, Row> {
  if (!report) return new Map();
  if (code === report.parent) return new Map(report.rollup.map((row) => [row.indicatorCode, row]));
  return new Map(report.items.filter((item) => item.regionCode === code).map((item) => [item.indicatorCode, item]));
}

export function RegionAchievementRoute() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const [params, setParams] = useSearchParams();
  const currentYear = Number(todayIso().slice(0, 4));
  const { year, ready } = useShownYear(params.get('year'));
  const region = useRegion(code);
  // A province's page shows its roll-ups; a regency's, its own rows among its province's.
  const scope = region.data
    ? region.data.level === 'PROVINCE'
      ? { parent: code }
      : { parent: region.data.parentCode ?? undefined, region: code }
    : undefined;
  const report = useAchievements({ year, ...scope }, ready && scope !== undefined);
  const programNames = useProgramNames();
  const trendYears = useMemo(() => reportingYears(currentYear).reverse(), [currentYear]);
  const trend = useAchievementYears(trendYears, { ...scope }, scope !== undefined);

  const regionName = region.data?.name ?? code;
  const trail = useOverviewTrail(code, `year=${year}`);
  const rows = rowsOf(report.data, code);
  const indicators = (report.data?.indicators ?? []).filter((indicator) => rows.has(indicator.code));
  const groups = groupByProgram(indicators);
  const ordered = groups.flatMap(([, list]) => list);
  const names = programNames.data ?? new Map<string, string>();

  const barOption = useMemo(
    () =>
      achievementBars(
        ordered.map((indicator) => ({
          label: shorten(indicator.name, 32),
          title: indicator.name,
          code: indicator.code,
          achievement: rows.get(indicator.code)?.achievement,
          rating: rows.get(indicator.code)?.rating,
        })),
        { language, horizontal: true },
      ),
    // The bars follow from the report, the region and the language.
    [report.data, language, code],
  );

  const trendReady = trend.every((query) => query.data);
  const trendKey = trend.map((query) => query.dataUpdatedAt).join();
  const trendOptions = useMemo(() => {
    const byYear = trend.map((query) => rowsOf(query.data, code));
    return groups.map(([programCode, list]) => ({
      programCode,
      option: achievementTrend(
        trendYears,
        list.map((indicator) => ({
          name: shorten(indicator.name, 40),
          values: byYear.map((byIndicator) => byIndicator.get(indicator.code)?.achievement),
        })),
        language,
      ),
    }));
    // Rebuilt when a year's report arrives, the matrix year's indicators change or the language.
  }, [trendKey, report.data, language, code]);

  // Not the current year for a moment and then the latest one: the year is known before the page shows.
  if (!ready) return <Loading />;

  return (
    <section className="page page-wide">
      <Breadcrumbs trail={trail} />
      <p className="breadcrumb">
        <Link to={`/achievements?year=${year}`}>{t('reporting.achievements.backToMatrix')}</Link>
      </p>
      <header className="page-header">
        <div>
          <h1>{t('reporting.regionPage.title', { region: regionName })}</h1>
          <p className="muted">{code}</p>
        </div>
        <SelectField
          label={t('reporting.period.year')}
          value={year}
          onChange={(event) => setParams({ year: event.target.value }, { replace: true })}
        >
          {reportingYears(Math.max(currentYear, year)).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </SelectField>
      </header>

      {report.isPending && <Loading />}
      {report.isError && <ErrorBanner error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <>
          <h2>{t('reporting.regionPage.barTitle', { period: report.data.throughPeriod })}</h2>
          <RatingLegend bands={report.data.bands} />
          <div className="chart-card">
            <EChart
              option={barOption}
              label={t('reporting.regionPage.barLabel', { region: regionName, period: report.data.throughPeriod })}
              height={Math.max(240, ordered.length * 26 + 60)}
            />
          </div>
          <AchievementTable
            caption={t('reporting.regionPage.tableCaption', { region: regionName, period: report.data.throughPeriod })}
            indicators={ordered}
            rows={rows}
            language={language}
          />
        </>
      )}

      <h2>{t('reporting.regionPage.trendTitle', { from: FIRST_REPORTING_YEAR, to: currentYear })}</h2>
      {!trendReady && !trend.some((query) => query.isError) && <Loading />}
      {trend.find((query) => query.isError) && <ErrorBanner error={trend.find((query) => query.isError)?.error} />}
      {trendReady && (
        <div className="chart-grid">
          {trendOptions.map(({ programCode, option }) => (
            <div key={programCode} className="chart-card">
              <h3>
                {programCode} · {names.get(programCode) ?? ''}
              </h3>
              <EChart
                option={option}
                label={t('reporting.regionPage.trendLabel', { program: programCode })}
                height={260}
              />
            </div>
          ))}
        </div>
      )}
      <RegionEvaluationPanel regionCode={code} />
    </section>
  );
}

function AchievementTable({
  caption,
  indicators,
  rows,
  language,
}: {
  caption: string;
  indicators: AchievementIndicator[];
  rows: Map<string, Row>;
  language: string;
}) {
  const { t } = useTranslation();
  const none = t('reporting.none');
  // Period values counted against those due up to the period: "3 dari 4 periode (75%)".
  const completeness = (count: number | undefined, expected: number | undefined) =>
    count === undefined || expected === undefined || expected === 0 ? (
      none
    ) : (
      <>
        {formatPercent(share(count, expected), language)}{' '}
        <span className="muted small nowrap">({t('achievements.regionCompleteness', { count, expected })})</span>
      </>
    );
  const periodsTitle = (count: number | undefined, expected: number | undefined) =>
    count === undefined || expected === undefined ? undefined : t('achievements.periods', { count, expected });
  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.regionPage.column.indicator')}</th>
            <th scope="col" className="numeric">
              {t('reporting.regionPage.column.target')}
            </th>
            <th scope="col" className="numeric">
              {t('reporting.regionPage.column.realization')}
            </th>
            <th scope="col" className="numeric">
              {t('reporting.regionPage.column.achievement')}
            </th>
            <th scope="col">{t('reporting.regionPage.column.rating')}</th>
            <th scope="col" className="numeric">
              {t('achievements.column.reported')}
            </th>
            <th scope="col" className="numeric">
              {t('achievements.column.verified')}
            </th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const row = rows.get(indicator.code);
            const percent = row?.status === 'COMPUTED' ? formatPercent(row.achievement, language) : null;
            return (
              <tr key={indicator.code}>
                <th scope="row" className="region-indicator">
                  <span className="code muted small">{indicator.code}</span>{' '}
                  <Link to={`/catalogue/indicators/${encodeURIComponent(indicator.code)}`}>{indicator.name}</Link>{' '}
                  <span className="muted small">({indicator.unit})</span>
                </th>
                <td className="numeric">{formatDecimal(row?.target, language) ?? none}</td>
                <td className="numeric">{formatDecimal(row?.realization, language) ?? none}</td>
                <td className="numeric">
                  {percent ?? (
                    <span
                      title={
                        row && row.status !== 'COMPUTED' ? t(`reporting.achievements.cellStatus.${row.status}`) : undefined
                      }
                    >
                      {none} <span className="muted small">{t('reporting.noData')}</span>
                    </span>
                  )}
                </td>
                <td>
                  {row?.rating ? (
                    <span className={`rating-pill ${ratingClass(row.rating)}`}>{t(`reporting.rating.${row.rating}`)}</span>
                  ) : (
                    none
                  )}
                </td>
                <td className="numeric" title={periodsTitle(row?.periodsReported, row?.periodsExpected)}>
                  {completeness(row?.periodsReported, row?.periodsExpected)}
                </td>
                <td className="numeric" title={periodsTitle(row?.periodsVerified, row?.periodsExpected)}>
                  {completeness(row?.periodsVerified, row?.periodsExpected)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
