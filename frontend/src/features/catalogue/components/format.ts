import type { ParseKeys, TFunction } from 'i18next';
import type { CatalogueMessages } from '../i18n/id';

/** The API enums the catalogue names in words, by the record field that holds them. */
export type EnumName = keyof CatalogueMessages['enums'];

/** An enum value of the API in the user's language. */
export function formatEnum(name: EnumName, value: string, t: TFunction): string {
  return t(`catalogue.enums.${name}.${value}` as ParseKeys);
}

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
