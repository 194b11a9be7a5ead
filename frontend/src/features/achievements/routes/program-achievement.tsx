import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { SelectField } from '@/components/select-field';
import { useRegions } from '@/features/regions';
import { formatDecimal, formatPercent } from '@/lib/number-format';
import { reportingYears, todayIso } from '@/lib/periods';
import { type AchievementReport, useAchievements, useProgramNames } from '../api/get-achievements';
import { useShownYear } from '../api/get-latest-year';
import { achievementBars } from '../components/chart-options';
import { EChart } from '../components/echart';
import { RatingLegend } from '../components/rating-legend';
import { shortRegionName } from '../components/ratings';

/** One bar chart per indicator: the regencies and cities side by side, the province as a line. */
function programCharts(report: AchievementReport, regionNames: ReadonlyMap<string, string>, language: string, provinceLabel: (value: string) => string) {
  const indicators = [...report.indicators].sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
  return indicators.map((indicator) => {
    const rollup = report.rollup.find((row) => row.indicatorCode === indicator.code);
    const items = report.items
      .filter((item) => item.indicatorCode === indicator.code && item.regionCode !== report.parent)
      .sort((a, b) => (a.regionCode ?? '').localeCompare(b.regionCode ?? '', undefined, { numeric: true }));
    const provincePercent = rollup?.status === 'COMPUTED' ? formatPercent(rollup.achievement, language) : null;
    return {
      indicator,
      rollup,
      provinceReported: indicator.regionAggregation === 'PROVINCE_REPORTED',
      option: achievementBars(
        items.map((item) => {
          const code = item.regionCode ?? '';
          const name = regionNames.get(code) ?? code;
          return { label: shortRegionName(name), title: name, achievement: item.achievement, rating: item.rating };
        }),
        {
          language,
          reference:
            provincePercent && rollup?.achievement !== null && rollup?.achievement !== undefined
              ? { value: rollup.achievement, label: provinceLabel(provincePercent) }
              : null,
        },
      ),
    };
  });
}

export function ProgramAchievementRoute() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const [params, setParams] = useSearchParams();
  const currentYear = Number(todayIso().slice(0, 4));
  const { year, ready } = useShownYear(params.get('year'));

  const report = useAchievements({ year, program: code }, ready);
  const regions = useRegions();
  const programNames = useProgramNames();
  const programName = programNames.data?.get(code) ?? code;

  const charts = useMemo(() => {
    if (!report.data) return [];
    const names = new Map((regions.data?.items ?? []).map((region) => [region.code, region.name]));
    return programCharts(report.data, names, language, (value) => t('reporting.programPage.province', { value }));
  }, [report.data, regions.data, language, t]);

  // Not the current year for a moment and then the latest one: the year is known before the page shows.
  if (!ready) return <Loading />;

  return (
    <section className="page page-wide">
      <p className="breadcrumb">
        <Link to={`/achievements?year=${year}`}>{t('reporting.achievements.backToMatrix')}</Link>
      </p>
      <header className="page-header">
        <div>
          <h1>{t('reporting.programPage.title', { program: programName })}</h1>
          <p className="muted">
            {code} · {t('reporting.programPage.intro')}
          </p>
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
          <RatingLegend bands={report.data.bands} />
          {charts.length === 0 && <p className="muted">{t('reporting.achievements.empty')}</p>}
          <div className="chart-grid">
            {charts.map(({ indicator, rollup, provinceReported, option }) => (
              <article key={indicator.code} className="chart-card">
                <h2 className="chart-title">
                  <span className="code muted small">{indicator.code}</span> {indicator.name}{' '}
                  <span className="muted small">({indicator.unit})</span>
                </h2>
                {provinceReported ? (
                  <p>
                    {t('reporting.programPage.provinceReported')}{' '}
                    {t('reporting.programPage.province', {
                      value:
                        (rollup?.status === 'COMPUTED' && formatPercent(rollup.achievement, language)) ||
                        `${t('reporting.none')} (${t('reporting.noData')})`,
                    })}
                    {rollup?.realization !== null && rollup?.realization !== undefined && (
                      <span className="muted">
                        {' '}
                        — {t('reporting.achievements.cellDetail', {
                          realization: formatDecimal(rollup.realization, language),
                          target: formatDecimal(rollup.target, language) ?? t('reporting.none'),
                        })}
                      </span>
                    )}
                  </p>
                ) : (
                  <EChart option={option} label={t('reporting.programPage.chartLabel', { indicator: indicator.name })} height={300} />
                )}
              </article>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
