import type { TFunction } from 'i18next';
import type { components } from '@/api/schema';

/** Reporting periods as the API writes them: 2025, 2025S1, 2025Q3, 2025-07. */
export type PeriodType = components['schemas']['PeriodType'];

export const PERIOD_TYPES: readonly PeriodType[] = ['ANNUAL', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY'];

const PATTERNS: [PeriodType, RegExp][] = [
  ['ANNUAL', /^(\d{4})$/],
  ['SEMIANNUAL', /^(\d{4})S([12])$/],
  ['QUARTERLY', /^(\d{4})Q([1-4])$/],
  ['MONTHLY', /^(\d{4})-(0[1-9]|1[0-2])$/],
];

const MONTHS_PER_PART: Record<PeriodType, number> = { ANNUAL: 12, SEMIANNUAL: 6, QUARTERLY: 3, MONTHLY: 1 };

interface ParsedPeriod {
  type: PeriodType;
  year: number;
  /** 1-based part of the year: semester, quarter or month; 1 for a year. */
  part: number;
}

export function parsePeriod(period: string): ParsedPeriod | null {
  for (const [type, pattern] of PATTERNS) {
    const match = pattern.exec(period);
    if (match) return { type, year: Number(match[1]), part: match[2] ? Number(match[2]) : 1 };
  }
  return null;
}

export function formatPeriodCode(type: PeriodType, year: number, part: number): string {
  switch (type) {
    case 'ANNUAL':
      return String(year);
    case 'SEMIANNUAL':
      return `${year}S${part}`;
    case 'QUARTERLY':
      return `${year}Q${part}`;
    case 'MONTHLY':
      return `${year}-${String(part).padStart(2, '0')}`;
  }
}

export function periodTypeOf(period: string): PeriodType | null {
  return parsePeriod(period)?.type ?? null;
}

export function yearOf(period: string): number | null {
  return parsePeriod(period)?.year ?? null;
}

/** Every period of the type in a year, in order. */
export function periodsOfYear(type: PeriodType, year: number): string[] {
  const parts = 12 / MONTHS_PER_PART[type];
  return Array.from({ length: parts }, (_, index) => formatPeriodCode(type, year, index + 1));
}

/** The first day of the period, as an ISO date (UTC). */
export function periodStart(period: string): string {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`Not a period: ${period}`);
  const month = (parsed.part - 1) * MONTHS_PER_PART[parsed.type] + 1;
  return `${parsed.year}-${String(month).padStart(2, '0')}-01`;
}

/** The period of a type that contains the day (an ISO date, yyyy-mm-dd). */
export function periodContaining(type: PeriodType, isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return formatPeriodCode(type, year, Math.ceil(month / MONTHS_PER_PART[type]));
}

export function hasStarted(period: string, isoToday: string): boolean {
  return periodStart(period) <= isoToday;
}

/** The same period one year earlier: 2026Q4 → 2025Q4. */
export function samePeriodLastYear(period: string): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  return formatPeriodCode(parsed.type, parsed.year - 1, parsed.part);
}

/** The period just before: 2026Q1 → 2025Q4, 2026-01 → 2025-12, 2026 → 2025. */
export function previousPeriod(period: string): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  if (parsed.part > 1) return formatPeriodCode(parsed.type, parsed.year, parsed.part - 1);
  return formatPeriodCode(parsed.type, parsed.year - 1, 12 / MONTHS_PER_PART[parsed.type]);
}

/** Today in the browser's calendar as yyyy-mm-dd. */
export function todayIso(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A readable name: "Triwulan III 2026", "Semester I 2026", "Oktober 2026"; the code itself when unknown. */
export function periodLabel(period: string, t: TFunction, language: string): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  switch (parsed.type) {
    case 'ANNUAL':
      return t('reporting.period.annualLabel', { year: parsed.year });
    case 'SEMIANNUAL':
      return t('reporting.period.semesterLabel', { n: ROMAN[parsed.part - 1], year: parsed.year });
    case 'QUARTERLY':
      return t('reporting.period.quarterLabel', { n: ROMAN[parsed.part - 1], year: parsed.year });
    case 'MONTHLY':
      return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(parsed.year, parsed.part - 1, 1)),
      );
  }
}

/** The first year the system holds reports for. */
export const FIRST_REPORTING_YEAR = 2023;

/** The years that can be chosen, the latest first. */
export function reportingYears(currentYear: number): number[] {
  const years: number[] = [];
  for (let year = currentYear; year >= FIRST_REPORTING_YEAR; year -= 1) years.push(year);
  return years;
}


/**
 * A period in words, the same in every screen: "Triwulan III 2026", "Semester I 2026",
 * "September 2026", "2026" (English: "Quarter III 2026", "Half I 2026"). Text that is no
 * period is shown as it is.
 */
export function periodInWords(period: string, language: string): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  const english = language.startsWith('en');
  switch (parsed.type) {
    case 'ANNUAL':
      return String(parsed.year);
    case 'SEMIANNUAL':
      return `${english ? 'Half' : 'Semester'} ${ROMAN[parsed.part - 1]} ${parsed.year}`;
    case 'QUARTERLY':
      return `${english ? 'Quarter' : 'Triwulan'} ${ROMAN[parsed.part - 1]} ${parsed.year}`;
    case 'MONTHLY':
      return new Intl.DateTimeFormat(english ? 'en' : 'id', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(Date.UTC(parsed.year, parsed.part - 1, 1)),
      );
  }
}

/** Every period of every type in the years, the latest first: for choosing a period in a filter. */
export function periodsOfYears(years: number[]): string[] {
  return years.flatMap((year) =>
    (['ANNUAL', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY'] as const).flatMap((type) => periodsOfYear(type, year).reverse()),
  );
}
