import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PERIOD_TYPES,
  type PeriodType,
  POLARITIES,
  type Polarity,
  PROGRAM_FIELDS,
  type ProgramField,
} from '../api/types';
import { formatEnum } from './format';

export interface CatalogueFilterValues {
  q: string;
  field?: ProgramField;
  periodType?: PeriodType;
  polarity?: Polarity;
  showRetired: boolean;
}

interface CatalogueFiltersProps {
  value: CatalogueFilterValues;
  onChange: (value: CatalogueFilterValues) => void;
}

// Ask the server once the user pauses typing, not at every key.
export const SEARCH_DELAY_MS = 300;

export function CatalogueFilters({ value, onChange }: CatalogueFiltersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value.q);
  const [pushedQ, setPushedQ] = useState(value.q);
  const [seenQ, setSeenQ] = useState(value.q);
  // A search changed elsewhere (a link, the back button) replaces what the box shows;
  // one this box sent itself does not, so that typing on is never undone.
  if (value.q !== seenQ) {
    setSeenQ(value.q);
    if (value.q !== pushedQ) setSearch(value.q);
  }

  const pushSearch = (q: string) => {
    setPushedQ(q);
    onChange({ ...value, q });
  };

  useEffect(() => {
    if (search.trim() === value.q) return undefined;
    const timer = setTimeout(() => {
      setPushedQ(search.trim());
      onChange({ ...value, q: search.trim() });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, value, onChange]);

  const select = <T extends string>(
    name: 'field' | 'periodType' | 'polarity',
    options: readonly T[],
    current: T | undefined,
  ) => (
    <label className="field">
      <span>{t(`catalogue.fields.${name}`)}</span>
      <select
        value={current ?? ''}
        onChange={(event) => onChange({ ...value, [name]: event.target.value || undefined })}
      >
        <option value="">{t('catalogue.filter.all')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {formatEnum(name, option, t)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t('catalogue.filter.label')}
      onSubmit={(event) => {
        event.preventDefault();
        pushSearch(search.trim());
      }}
    >
      <label className="field filter-search">
        <span>{t('catalogue.search.label')}</span>
        <input
          type="search"
          value={search}
          placeholder={t('catalogue.search.placeholder')}
          onChange={(event) => setSearch(event.target.value)}
        />
      </label>
      {select('field', PROGRAM_FIELDS, value.field)}
      {select('periodType', PERIOD_TYPES, value.periodType)}
      {select('polarity', POLARITIES, value.polarity)}
      <label className="checkbox filter-retired">
        <input
          type="checkbox"
          checked={value.showRetired}
          onChange={(event) => onChange({ ...value, showRetired: event.target.checked })}
        />
        <span>{t('catalogue.filter.showRetired')}</span>
      </label>
    </form>
  );
}
