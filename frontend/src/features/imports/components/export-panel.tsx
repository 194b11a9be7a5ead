import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/select-field';
import { reportingYears } from '@/lib/periods';
import { type DataKind, EXPORT_KINDS } from '../api/types';
import { ExportButton } from './export-button';

interface ExportPanelProps {
  currentYear: number;
  /** Operators get their own region whatever they ask for. */
  ownRegion?: string | null;
}

/** Downloads realizations or targets of a year, in the columns the import takes. */
export function ExportPanel({ currentYear, ownRegion }: ExportPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [kind, setKind] = useState<DataKind>('realizations');
  const [year, setYear] = useState(currentYear);

  return (
    <section className="import-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('imports.export.title')}</h2>
      <p className="muted">
        {t('imports.export.intro')} {ownRegion ? t('imports.export.ownRegion') : null}
      </p>
      <div className="filter-bar">
        <SelectField
          label={t('imports.kind.label')}
          value={kind}
          onChange={(event) => setKind(event.target.value as DataKind)}
        >
          {EXPORT_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`imports.kind.${option}`, { defaultValue: option })}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('imports.export.year')}
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
        >
          {reportingYears(currentYear).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </SelectField>
        <div className="field export-field">
          <ExportButton
            kind={kind}
            query={{ year, region: ownRegion ?? undefined }}
            className="button button-primary"
          />
        </div>
      </div>
    </section>
  );
}
