import { useTranslation } from 'react-i18next';
import { formatDecimal } from '@/lib/number-format';
import type { Indicator, TargetRoundComparison } from '../api/types';
import { comparisonCheck } from './proposal-rules';

interface ComparisonTableProps {
  rows: TargetRoundComparison[];
  indicators: Indicator[];
  /** How many regencies and cities propose (the province excluded). */
  regionTotal: number;
}

/** Per indicator: the province's own value beside the regions' proposals rolled up, and whether they agree. */
export function ComparisonTable({ rows, indicators, regionTotal }: ComparisonTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const nameOf = new Map(indicators.map((indicator) => [indicator.code, indicator.name]));
  const none = t('targetRounds.none');
  return (
    <div className="table-wrapper">
      <table className="data-table comparison-table">
        <caption className="visually-hidden">{t('targetRounds.comparison.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('targetRounds.comparison.column.indicator')}</th>
            <th scope="col">{t('targetRounds.comparison.column.rule')}</th>
            <th scope="col" className="numeric">
              {t('targetRounds.comparison.column.province')}
            </th>
            <th scope="col" className="numeric">
              {t('targetRounds.comparison.column.regions')}
            </th>
            <th scope="col" className="numeric">
              {t('targetRounds.comparison.column.proposed')}
            </th>
            <th scope="col">{t('targetRounds.comparison.column.check')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { check, difference } = comparisonCheck(row);
            return (
              <tr key={row.indicatorCode} className={`comparison-${check}`}>
                <th scope="row">
                  <span className="code muted small">{row.indicatorCode}</span>
                  <div>{nameOf.get(row.indicatorCode) ?? row.indicatorCode}</div>
                </th>
                <td>{t(`targetRounds.rule.${row.rule}`)}</td>
                <td className="numeric">{formatDecimal(row.provinceValue, language) ?? none}</td>
                <td className="numeric">
                  {row.rule === 'PROVINCE_REPORTED' ? none : (formatDecimal(row.regionsValue, language) ?? none)}
                </td>
                <td className="numeric">
                  {row.rule === 'PROVINCE_REPORTED'
                    ? none
                    : t('targetRounds.comparison.proposedOf', { count: row.regionsProposed, total: regionTotal })}
                </td>
                <td>
                  <span className={`comparison-check check-${check}`}>
                    {check === 'differs'
                      ? t('targetRounds.comparison.differs', {
                          difference: `${difference! > 0 ? '+' : ''}${formatDecimal(difference, language)}`,
                        })
                      : t(`targetRounds.comparison.${check}`)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
