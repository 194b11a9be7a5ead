import { useTranslation } from 'react-i18next';
import type { Region } from '../api/get-regions';

interface RegionsTableProps {
  regions: Region[];
  /** Names of all known regions by code, to show a parent by name, not only by code. */
  namesByCode?: ReadonlyMap<string, string>;
}

export function RegionsTable({ regions, namesByCode }: RegionsTableProps) {
  const { t } = useTranslation();

  if (regions.length === 0) {
    return <p className="muted">{t('regions.empty')}</p>;
  }

  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption className="visually-hidden">{t('regions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('regions.column.code')}</th>
            <th scope="col">{t('regions.column.name')}</th>
            <th scope="col">{t('regions.column.level')}</th>
            <th scope="col">{t('regions.column.bpsCode')}</th>
            <th scope="col">{t('regions.column.parent')}</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => (
            <tr key={region.code}>
              <td className="code">{region.code}</td>
              <td>{region.name}</td>
              <td>{t(`regions.level.${region.level}`)}</td>
              <td className="code">{region.bpsCode}</td>
              <td>{parentLabel(region.parentCode, namesByCode)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function parentLabel(parentCode: string | null | undefined, namesByCode?: ReadonlyMap<string, string>) {
  if (!parentCode) return '—';
  const name = namesByCode?.get(parentCode);
  return name ? `${parentCode} · ${name}` : parentCode;
}
