import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/select-field';
import { periodLabel, reportingYears, todayIso } from '@/lib/periods';
import { useAddressParams } from '@/lib/use-address-params';
import type { AchievementBasis } from '../api/get-achievements';
import { useShownYear } from '../api/get-latest-year';
import { throughPeriods } from './through-periods';

const BASES: AchievementBasis[] = ['REPORTED', 'VERIFIED'];

export interface AchievementFilters {
  params: URLSearchParams;
  year: number;
  /** False until the year to show is known: the page waits rather than show another year first. */
  ready: boolean;
  /** The period counted to; '' for the whole year. */
  period: string;
  basis: AchievementBasis;
  /** Sets (or with '' removes) one filter in the address, removing those in `reset`. */
  update: (key: string, value: string, reset?: string[]) => void;
}

/** The year, period counted to and basis of an achievement page, kept in the address. */
export function useAchievementFilters(): AchievementFilters {
  const [params, changeParams] = useAddressParams();
  const { year, ready } = useShownYear(params.get('year'));
  const requestedPeriod = params.get('period') ?? '';
  const period = throughPeriods(year).includes(requestedPeriod) ? requestedPeriod : '';
  const basis: AchievementBasis = params.get('basis') === 'VERIFIED' ? 'VERIFIED' : 'REPORTED';
  const update = (key: string, value: string, reset: string[] = []) =>
    changeParams((next) => {
      if (value) next.set(key, value);
      else next.delete(key);
      reset.forEach((name) => next.delete(name));
    });
  return { params, year, ready, period, basis, update };
}

/** Year, period counted to, the page's own fields (`children`), then basis. */
export function AchievementFilterBar({ filters, children }: { filters: AchievementFilters; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const { year, period, basis, update } = filters;
  const currentYear = Number(todayIso().slice(0, 4));
  return (
    <div className="filter-bar">
      <SelectField
        label={t('reporting.period.year')}
        value={year}
        onChange={(event) => update('year', event.target.value, ['period'])}
      >
        {reportingYears(Math.max(currentYear, year)).map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('reporting.achievements.throughPeriod')}
        value={period}
        onChange={(event) => update('period', event.target.value)}
      >
        <option value="">{t('reporting.achievements.wholeYear')}</option>
        {throughPeriods(year).map((option) => (
          <option key={option} value={option}>
            {periodLabel(option, t, language)}
          </option>
        ))}
      </SelectField>
      {children}
      <SelectField
        label={t('reporting.achievements.basis')}
        value={basis}
        onChange={(event) => update('basis', event.target.value === 'REPORTED' ? '' : event.target.value)}
      >
        {BASES.map((option) => (
          <option key={option} value={option}>
            {t(`reporting.achievements.${option}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
