import type { TFunction } from 'i18next';

export function formatNumber(value: number | null | undefined, language: string, t: TFunction): string {
  if (value === null || value === undefined) return t('catalogue.none');
  return new Intl.NumberFormat(language, { maximumFractionDigits: 4 }).format(value);
}

export function formatText(value: string | number | null | undefined, t: TFunction): string {
  return value === null || value === undefined || value === '' ? t('catalogue.none') : String(value);
}

export function formatInstant(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatYears(startYear: number, endYear: number | null | undefined, t: TFunction): string {
  return `${startYear}–${endYear ?? t('catalogue.openEnded')}`;
}
