import { periodsOfYear } from '@/lib/periods';

/** The periods one can stop at within a year: semesters and quarters. */
export function throughPeriods(year: number): string[] {
  return [...periodsOfYear('SEMIANNUAL', year), ...periodsOfYear('QUARTERLY', year)].sort();
}
