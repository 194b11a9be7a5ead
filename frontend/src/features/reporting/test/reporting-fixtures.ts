import type { Indicator, Realization, Target } from '../api/types';

const AT = '2026-01-01T00:00:00Z';

export function indicator(code: string, name: string, overrides: Partial<Indicator> = {}): Indicator {
  return {
    code,
    programCode: code.split('.').slice(0, 3).join('.'),
    name,
    unit: 'koperasi',
    measure: 'NUMBER',
    polarity: 'HIGHER_IS_BETTER',
    periodType: 'QUARTERLY',
    timeAggregation: 'SUM',
    regionAggregation: 'SUM',
    baselineYear: 2022,
    baselineValue: 10,
    rangeLow: null,
    rangeHigh: null,
    dataSource: null,
    ministryCode: null,
    active: true,
    createdAt: AT,
    updatedAt: AT,
    version: 0,
    ...overrides,
  };
}

export function realization(
  indicatorCode: string,
  period: string,
  value: number,
  overrides: Partial<Realization> = {},
): Realization {
  return {
    indicatorCode,
    regionCode: '61.01',
    period,
    year: Number(period.slice(0, 4)),
    value,
    note: null,
    evidenceUrl: null,
    status: 'DRAFT',
    returnReason: null,
    submittedBy: null,
    submittedAt: null,
    verifiedBy: null,
    verifiedAt: null,
    deadline: '2027-01-15',
    createdAt: AT,
    updatedAt: AT,
    version: 0,
    ...overrides,
  };
}

export function target(indicatorCode: string, year: number, value: number, breakdown: Target['breakdown'] = []): Target {
  return {
    indicatorCode,
    regionCode: '61.01',
    year,
    value,
    status: 'AGREED',
    breakdown,
    createdAt: AT,
    updatedAt: AT,
    version: 0,
  };
}

/** Quarterly, semiannual, annual, monthly, province-reported and retired indicators. */
export const CATALOGUE: Indicator[] = [
  indicator('2.17.06.01', 'Koperasi yang memperoleh akses permodalan'),
  indicator('2.17.06.02', 'Nilai pembiayaan yang diterima koperasi', { unit: 'Rp', measure: 'CURRENCY' }),
  indicator('2.17.06.03', 'Koperasi yang difasilitasi kemitraan usaha', { periodType: 'SEMIANNUAL' }),
  indicator('2.17.06.04', 'Koperasi yang memanfaatkan teknologi digital', { periodType: 'ANNUAL' }),
  indicator('2.17.06.09', 'Indikator lama', { active: false }),
  indicator('2.17.08.04', 'Produk UMKM unggulan yang dikurasi untuk ekspor', {
    periodType: 'ANNUAL',
    regionAggregation: 'PROVINCE_REPORTED',
  }),
  indicator('2.17.08.06', 'Nilai transaksi di katalog elektronik', { periodType: 'MONTHLY', unit: 'Rp' }),
];
