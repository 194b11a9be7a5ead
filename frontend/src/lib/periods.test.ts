import { describe, expect, it } from 'vitest';
import {
  hasStarted,
  parsePeriod,
  periodContaining,
  periodsOfYear,
  periodStart,
  previousPeriod,
  reportingYears,
  samePeriodLastYear,
} from './periods';

describe('periods', () => {
  it('reads the four period forms', () => {
    expect(parsePeriod('2025')).toEqual({ type: 'ANNUAL', year: 2025, part: 1 });
    expect(parsePeriod('2025S2')).toEqual({ type: 'SEMIANNUAL', year: 2025, part: 2 });
    expect(parsePeriod('2025Q3')).toEqual({ type: 'QUARTERLY', year: 2025, part: 3 });
    expect(parsePeriod('2025-07')).toEqual({ type: 'MONTHLY', year: 2025, part: 7 });
    expect(parsePeriod('2025Q5')).toBeNull();
  });

  it('lists, locates and steps through periods', () => {
    expect(periodsOfYear('QUARTERLY', 2026)).toEqual(['2026Q1', '2026Q2', '2026Q3', '2026Q4']);
    expect(periodsOfYear('MONTHLY', 2026)).toHaveLength(12);
    expect(periodContaining('QUARTERLY', '2026-11-27')).toBe('2026Q4');
    expect(periodContaining('SEMIANNUAL', '2026-11-27')).toBe('2026S2');
    expect(periodContaining('MONTHLY', '2026-11-27')).toBe('2026-11');
    expect(periodStart('2026Q4')).toBe('2026-10-01');
    expect(hasStarted('2026Q4', '2026-11-27')).toBe(true);
    expect(hasStarted('2026-12', '2026-11-27')).toBe(false);
    expect(samePeriodLastYear('2026Q4')).toBe('2025Q4');
    expect(previousPeriod('2026Q1')).toBe('2025Q4');
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(previousPeriod('2026S2')).toBe('2026S1');
    expect(previousPeriod('2026')).toBe('2025');
    expect(reportingYears(2026)).toEqual([2026, 2025, 2024, 2023]);
  });
});

describe('periods in words', () => {
  it('names each period type in Indonesian and English', async () => {
    const { periodInWords } = await import('./periods');
    expect(periodInWords('2026Q3', 'id')).toBe('Triwulan III 2026');
    expect(periodInWords('2026S1', 'id')).toBe('Semester I 2026');
    expect(periodInWords('2026-09', 'id')).toBe('September 2026');
    expect(periodInWords('2026-02', 'id')).toBe('Februari 2026');
    expect(periodInWords('2026', 'id')).toBe('2026');
    expect(periodInWords('2026Q4', 'en')).toBe('Quarter IV 2026');
    expect(periodInWords('2026S2', 'en')).toBe('Half II 2026');
    expect(periodInWords('2026-09', 'en')).toBe('September 2026');
    expect(periodInWords('not a period', 'id')).toBe('not a period');
  });

  it('lists the periods of years for a filter, the latest first within each type', async () => {
    const { periodsOfYears } = await import('./periods');
    const periods = periodsOfYears([2026]);
    expect(periods).toHaveLength(19);
    expect(periods.slice(0, 4)).toEqual(['2026', '2026S2', '2026S1', '2026Q4']);
  });
});
