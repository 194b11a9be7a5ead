import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPercent } from '@/lib/number-format';
import { type Completeness, type OverviewRow, type ProgramCell, share } from './overview-rows';
import { ratingClass, shortRegionName } from './ratings';

interface OverviewTableProps {
  caption: string;
  /** The id of the text that says how the cells are computed. */
  describedBy: string;
  /** Heading of the first column: provinces, or regencies and cities. */
  regionHeading: string;
  programCodes: string[];
  programNames: ReadonlyMap<string, string>;
  rows: OverviewRow[];
  rollup: OverviewRow | null;
  rollupLabel: string;
  regionNames: ReadonlyMap<string, string>;
  /** Where a region's row leads (its drill-down), and the words of that link. */
  regionLink: (code: string) => { to: string; title: string };
  /** Where the roll-up row leads, if anywhere. */
  rollupLink?: string;
}

/**
 * A row per region, a column per program (each cell the mean achievement of the program's indicators
 * that have a figure, coloured by its rating), and the completeness of the region's data last.
 */
export function OverviewTable(props: OverviewTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const { caption, describedBy, regionHeading, programCodes, programNames, rows, rollup, rollupLabel, regionNames } = props;

  function programCell(row: OverviewRow, regionName: string, programCode: string) {
    const cell: ProgramCell | undefined = row.programs.get(programCode);
    const key = programCode;
    if (!cell) {
      return (
        <td key={key} className="ach-cell ach-not-reported" title={t('achievements.notReported')}>
          <span className="visually-hidden">{t('achievements.notReported')}</span>
        </td>
      );
    }
    const value = formatPercent(cell.mean, language);
    const program = `${programCode} ${programNames.get(programCode) ?? ''}`.trim();
    const title =
      value === null
        ? t('achievements.cellNone', { program, region: regionName, total: cell.indicators })
        : t('achievements.cell', { program, region: regionName, value, counted: cell.counted, total: cell.indicators });
    const rating = cell.rating ? t(`reporting.rating.${cell.rating}`) : '';
    return (
      <td key={key} className={`ach-cell ${ratingClass(cell.rating)}`} data-rating={cell.rating ?? undefined} title={title}>
        {value ?? <span aria-hidden="true">{t('reporting.none')}</span>}
        {value === null && <span className="visually-hidden">{t('reporting.noData')}</span>}
        {rating && <span className="visually-hidden"> {rating}</span>}
        <span className="overview-count">{t('achievements.counted', { counted: cell.counted, total: cell.indicators })}</span>
      </td>
    );
  }

  function completenessCells(completeness: Completeness) {
    const reported = formatPercent(share(completeness.reported, completeness.expected), language);
    const verified = formatPercent(share(completeness.verified, completeness.expected), language);
    const none = t('achievements.noPeriodsDue');
    return (
      <>
        <td
          className="numeric overview-completeness"
          title={reported === null ? none : t('achievements.periods', { count: completeness.reported, expected: completeness.expected })}
        >
          {reported ?? t('reporting.none')}
        </td>
        <td
          className="numeric"
          title={verified === null ? none : t('achievements.periods', { count: completeness.verified, expected: completeness.expected })}
        >
          {verified ?? t('reporting.none')}
        </td>
      </>
    );
  }

  // The caption is shown above the scrolling box, where a phone keeps it in view; the table keeps it too.
  return (
    <>
      <h2 className="overview-caption" aria-hidden="true">
        {caption}
      </h2>
      <div className="table-wrapper">
        <table className="data-table overview-table" aria-describedby={describedBy}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="matrix-corner">
                {regionHeading}
              </th>
              {programCodes.map((code) => (
                <th key={code} scope="col" rowSpan={2} className="overview-program">
                  <span className="code">{code}</span>
                  <span className="overview-program-name">{programNames.get(code) ?? ''}</span>
                </th>
              ))}
              <th scope="colgroup" colSpan={2} className="overview-completeness">
                {t('achievements.column.completeness')}
              </th>
            </tr>
            <tr>
              <th scope="col" className="numeric overview-completeness">
                {t('achievements.column.reported')}
              </th>
              <th scope="col" className="numeric">
                {t('achievements.column.verified')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const code = row.regionCode ?? '';
              const name = regionNames.get(code) ?? code;
              const link = props.regionLink(code);
              return (
                <tr key={code}>
                  <th scope="row" className="matrix-indicator">
                    <Link to={link.to} title={link.title}>
                      {shortRegionName(name)}
                    </Link>
                  </th>
                  {programCodes.map((programCode) => programCell(row, name, programCode))}
                  {completenessCells(row.completeness)}
                </tr>
              );
            })}
          </tbody>
          {rollup && (
            <tfoot>
              <tr className="overview-rollup">
                <th scope="row" className="matrix-indicator">
                  {props.rollupLink ? <Link to={props.rollupLink}>{rollupLabel}</Link> : rollupLabel}
                </th>
                {programCodes.map((programCode) => programCell(rollup, rollupLabel, programCode))}
                {completenessCells(rollup.completeness)}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </>
  );
}
