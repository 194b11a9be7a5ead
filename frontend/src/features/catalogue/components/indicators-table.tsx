import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Indicator } from '../api/types';
import { RetiredBadge } from './retired-badge';

interface IndicatorsTableProps {
  indicators: Indicator[];
  caption: string;
}

export function IndicatorsTable({ indicators, caption }: IndicatorsTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalogue.fields.code')}</th>
            <th scope="col">{t('catalogue.fields.name')}</th>
            <th scope="col">{t('catalogue.fields.unit')}</th>
            <th scope="col">{t('catalogue.fields.polarity')}</th>
            <th scope="col">{t('catalogue.fields.periodType')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.code} className={indicator.active ? undefined : 'is-retired'}>
              <td className="code">{indicator.code}</td>
              <td>
                <Link to={`/catalogue/indicators/${encodeURIComponent(indicator.code)}`}>{indicator.name}</Link>
                {!indicator.active && <RetiredBadge />}
              </td>
              <td>{indicator.unit}</td>
              <td>{t(`catalogue.enums.polarity.${indicator.polarity}`)}</td>
              <td>{t(`catalogue.enums.periodType.${indicator.periodType}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
