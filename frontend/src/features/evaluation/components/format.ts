import type { TFunction } from 'i18next';

/** A calendar date of the API (YYYY-MM-DD) in the reader's language, never shifted by time zone. */
export function formatDate(value: string | null | undefined, language: string, t: TFunction): string {
  if (!value) return t('evaluation.none');
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Today's date where the user is, as the API writes dates. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2022S1, 2022Q3" ⇄ ["2022S1", "2022Q3"] */
export function parsePeriods(value: string): string[] {
  return value
    .split(/[,;\s]+/)
    .map((period) => period.trim())
    .filter(Boolean);
}
