import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDecimal, formatPercent } from '@/lib/number-format';
import type { AchievementIndicator, AchievementReport, AchievementRow } from '../api/get-achievements';
import { ratingClass, shortRegionName } from './ratings';

export interface MatrixRegion {
  code: string;
  name: string;
}

interface AchievementMatrixProps {
  report: AchievementReport;
  /** The regencies and cities, in order; the columns are those the report has rows for. */
  regions: MatrixRegion[];
  programNames: ReadonlyMap<string, string>;
}

/** Indicators grouped by program, in code order. */
export function groupByProgram(indicators: AchievementIndicator[]): [string, AchievementIndicator[]][] {
  const groups = new Map<string, AchievementIndicator[]>();
  const sorted = [...indicators].sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
  for (const indicator of sorted) {
    const list = groups.get(indicator.programCode) ?? [];
    list.push(indicator);
    groups.set(indicator.programCode, list);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }));
}

/**
 * Indicators down the side (grouped by program), regencies and cities across, the province
 * roll-up last. Each cell is coloured by its rating and shows the achievement in per cent;
 * a missing target or value is shown as missing, never as zero.
 */
export function AchievementMatrix({ report, regions, programNames }: AchievementMatrixProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';

  const present = new Set(report.items.map((item) => item.regionCode));
  const columns = regions.filter((region) => region.code !== report.parent && present.has(region.code));
  const cells = new Map(report.items.map((item) => [`${item.indicatorCode}|${item.regionCode}`, item]));
  const rollups = new Map(report.rollup.map((row) => [row.indicatorCode, row]));
  const groups = groupByProgram(report.indicators);

  if (groups.length === 0) return <p className="muted">{t('reporting.achievements.empty')}</p>;

  function cell(indicator: AchievementIndicator, regionName: string, row: AchievementRow | undefined, key: string, extra = '') {
    if (!row) {
      return (
        <td key={key} className={`ach-cell ach-not-reported ${extra}`} title={t('reporting.achievements.notReported')}>
          <span className="visually-hidden">{t('reporting.achievements.notReported')}</span>
        </td>
      );
    }
    const percent = row.status === 'COMPUTED' ? formatPercent(row.achievement, language) : null;
    if (percent === null) {
      const reason =
        row.status === 'COMPUTED' ? t('reporting.achievements.missing') : t(`reporting.achievements.cellStatus.${row.status}`);
      return (
        <td
          key={key}
          className={`ach-cell ach-missing rating-none ${extra}`}
          data-status={row.status}
          title={t('reporting.achievements.cellTitle', { indicator: indicator.name, region: regionName, text: reason })}
        >
          <span aria-hidden="true">{t('reporting.none')}</span>
          <span className="visually-hidden">{t('reporting.noData')}</span>
        </td>
      );
    }
    const partial = row.periodsReported < row.periodsExpected;
    const detail = t('reporting.achievements.cellDetail', {
      realization: formatDecimal(row.realization, language) ?? t('reporting.none'),
      target: formatDecimal(row.target, language) ?? t('reporting.none'),
    });
    const rating = row.rating ? t(`reporting.rating.${row.rating}`) : '';
    const partialText =
      partial
        ? ` · ${t('reporting.achievements.partial', { reported: row.periodsReported, expected: row.periodsExpected })}`
        : '';
    return (
      <td
        key={key}
        className={`ach-cell ${ratingClass(row.rating)} ${extra}`}
        data-rating={row.rating ?? undefined}
        data-status={row.status}
        title={t('reporting.achievements.cellTitle', {
          indicator: indicator.name,
          region: regionName,
          text: `${percent} ${rating} — ${detail}${partialText}`,
        })}
      >
        {percent}
        {partial && <sup aria-hidden="true">*</sup>}
        <span className="visually-hidden"> {rating}</span>
      </td>
    );
  }

  return (
    <div className="table-wrapper matrix-wrapper">
      <table className="data-table achievement-matrix">
        <caption className="visually-hidden">
          {t('reporting.achievements.caption', { period: report.throughPeriod })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              {t('reporting.grid.column.indicator')}
            </th>
            {columns.map((region) => (
              <th key={region.code} scope="col" className="matrix-region">
                <Link
                  to={`/achievements/regions/${region.code}?year=${report.year}`}
                  title={t('reporting.achievements.openRegion', { region: region.name })}
                  aria-label={region.name}
                >
                  {shortRegionName(region.name)}
                </Link>
              </th>
            ))}
            <th scope="col" className="matrix-region matrix-province">
              {t('reporting.achievements.provinceRow')}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map(([programCode, indicators]) => (
            <Fragment key={programCode}>
              <tr className="matrix-program">
                <th scope="colgroup" colSpan={columns.length + 2}>
                  <Link
                    to={`/achievements/programs/${programCode}?year=${report.year}`}
                    title={t('reporting.achievements.openProgram', { program: programCode })}
                  >
                    {programCode} · {programNames.get(programCode) ?? ''}
                  </Link>
                </th>
              </tr>
              {indicators.map((indicator) => {
                const provinceReported = indicator.regionAggregation === 'PROVINCE_REPORTED';
                return (
                  <tr key={indicator.code}>
                    <th scope="row" className="matrix-indicator">
                      <span className="code muted small">{indicator.code}</span> {indicator.name}
                      <span className="muted small"> ({indicator.unit})</span>
                    </th>
                    {columns.map((region) =>
                      cell(
                        indicator,
                        region.name,
                        provinceReported ? undefined : cells.get(`${indicator.code}|${region.code}`),
                        region.code,
                      ),
                    )}
                    {cell(
                      indicator,
                      t('reporting.achievements.provinceRow'),
                      rollups.get(indicator.code),
                      report.parent ?? 'nation',
                      'matrix-province',
                    )}
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
