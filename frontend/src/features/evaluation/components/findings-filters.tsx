import { type ChangeEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '@/features/regions';
import {
  FINDING_CATEGORIES,
  FINDING_STATUSES,
  type FindingCategory,
  type FindingStatus,
  type Meeting,
  SEVERITIES,
  type Severity,
} from '../api/types';

export interface FindingFilterValues {
  q: string;
  region?: string;
  category?: FindingCategory;
  severity?: Severity;
  status?: FindingStatus;
  overdue?: 'true' | 'false';
  year?: string;
  meeting?: string;
}

interface FindingsFiltersProps {
  value: FindingFilterValues;
  onChange: (value: FindingFilterValues) => void;
  regions: readonly Region[];
  meetings: readonly Meeting[];
  /** An operator sees only their own region and the province: no point choosing among 15. */
  showRegion: boolean;
}

// Ask the server once the user pauses typing, not at every key.
export const SEARCH_DELAY_MS = 300;

export function FindingsFilters({ value, onChange, regions, meetings, showRegion }: FindingsFiltersProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(value.q);
  const [seenQ, setSeenQ] = useState(value.q);
  if (value.q !== seenQ) {
    // Changed elsewhere (a link, the back button).
    setSeenQ(value.q);
    setSearch(value.q);
  }

  useEffect(() => {
    if (search.trim() === value.q) return undefined;
    const timer = setTimeout(() => {
      setSeenQ(search.trim());
      onChange({ ...value, q: search.trim() });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, value, onChange]);

  const set =
    (name: keyof FindingFilterValues) =>
    (event: ChangeEvent<HTMLSelectElement | HTMLInputElement>) =>
      onChange({ ...value, [name]: event.target.value || undefined });

  // The years of the meetings and the last few calendar years, newest first.
  const thisYear = new Date().getFullYear();
  const years = [
    ...new Set([
      ...meetings.map((meeting) => meeting.year),
      ...Array.from({ length: 5 }, (_, index) => thisYear - index),
      ...(value.year ? [Number(value.year)] : []),
    ]),
  ].sort((a, b) => b - a);
  const filtered = Object.entries(value).some(([key, entry]) => key !== 'q' && entry !== undefined) || value.q !== '';

  return (
    <form
      className="filter-bar"
      role="search"
      aria-label={t('evaluation.findings.filter.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ ...value, q: search.trim() });
      }}
    >
      <label className="field filter-search">
        <span>{t('evaluation.findings.filter.search')}</span>
        <input
          type="search"
          value={search}
          placeholder={t('evaluation.findings.filter.searchPlaceholder')}
          onChange={(event) => setSearch(event.target.value)}
        />
      </label>
      {showRegion && (
        <label className="field">
          <span>{t('evaluation.findings.filter.region')}</span>
          <select value={value.region ?? ''} onChange={set('region')}>
            <option value="">{t('evaluation.findings.filter.all')}</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span>{t('evaluation.findings.filter.category')}</span>
        <select value={value.category ?? ''} onChange={set('category')}>
          <option value="">{t('evaluation.findings.filter.all')}</option>
          {FINDING_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`evaluation.enums.category.${category}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('evaluation.findings.filter.severity')}</span>
        <select value={value.severity ?? ''} onChange={set('severity')}>
          <option value="">{t('evaluation.findings.filter.all')}</option>
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {t(`evaluation.enums.severity.${severity}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('evaluation.findings.filter.status')}</span>
        <select value={value.status ?? ''} onChange={set('status')}>
          <option value="">{t('evaluation.findings.filter.all')}</option>
          {FINDING_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`evaluation.enums.findingStatus.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('evaluation.findings.filter.overdue')}</span>
        <select value={value.overdue ?? ''} onChange={set('overdue')}>
          <option value="">{t('evaluation.findings.filter.all')}</option>
          <option value="true">{t('evaluation.findings.filter.overdueOnly')}</option>
          <option value="false">{t('evaluation.findings.filter.notOverdue')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('evaluation.findings.filter.year')}</span>
        <select value={value.year ?? ''} onChange={set('year')}>
          <option value="">{t('evaluation.findings.filter.all')}</option>
          {years.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <label className="field filter-meeting">
        <span>{t('evaluation.findings.filter.meeting')}</span>
        <select value={value.meeting ?? ''} onChange={set('meeting')}>
          <option value="">{t('evaluation.findings.filter.all')}</option>
          {meetings.map((meeting) => (
            <option key={meeting.id} value={meeting.id}>
              {meeting.date} · {meeting.title}
            </option>
          ))}
        </select>
      </label>
      {filtered && (
        <button type="button" className="button button-secondary" onClick={() => onChange({ q: '' })}>
          {t('evaluation.findings.filter.reset')}
        </button>
      )}
    </form>
  );
}
