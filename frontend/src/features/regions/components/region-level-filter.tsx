import { useTranslation } from 'react-i18next';
import { REGION_LEVELS, type RegionLevel } from '../api/get-regions';

interface RegionLevelFilterProps {
  value: RegionLevel | undefined;
  onChange: (level: RegionLevel | undefined) => void;
}

export function RegionLevelFilter({ value, onChange }: RegionLevelFilterProps) {
  const { t } = useTranslation();
  return (
    <label className="field field-inline">
      <span>{t('regions.filter.label')}</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value || undefined) as RegionLevel | undefined)}
      >
        <option value="">{t('regions.filter.all')}</option>
        {REGION_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`regions.level.${level}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
