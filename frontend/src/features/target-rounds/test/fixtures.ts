import { indicator } from '@/features/reporting/test/reporting-fixtures';
import type { Region } from '@/features/regions';
import type { TargetProposal, TargetRound } from '../api/types';

const AT = '2026-11-01T00:00:00Z';

export const INDICATORS = [
  indicator('2.17.06.01', 'Koperasi yang memperoleh akses permodalan'),
  indicator('2.17.07.01', 'UMKM yang difasilitasi memperoleh KUR', { unit: 'unit usaha' }),
  indicator('2.17.08.04', 'Produk UMKM unggulan yang dikurasi untuk ekspor', {
    periodType: 'ANNUAL',
    regionAggregation: 'PROVINCE_REPORTED',
  }),
];

export function round(overrides: Partial<TargetRound> = {}): TargetRound {
  return {
    year: 2027,
    deadline: '2026-12-31',
    status: 'OPEN',
    openedBy: 'admin',
    approvedBy: null,
    approvedAt: null,
    proposalCount: 0,
    comparison: [],
    createdAt: AT,
    updatedAt: AT,
    version: 0,
    ...overrides,
  };
}

export function proposal(
  indicatorCode: string,
  regionCode: string,
  value: number,
  overrides: Partial<TargetProposal> = {},
): TargetProposal {
  return {
    year: 2027,
    indicatorCode,
    regionCode,
    value,
    justification: null,
    status: 'PROPOSED',
    agreedValue: null,
    reviewReason: null,
    proposedBy: 'op-6101',
    reviewedBy: null,
    suggestedValue: 14.5,
    suggestionBasis: 'Average growth 2024–2026 of 8%. Suggested 14.5.',
    flags: [],
    createdAt: AT,
    updatedAt: AT,
    version: 0,
    ...overrides,
  };
}

export const REGIONS: Region[] = [
  { code: '61', name: 'Provinsi Kalimantan Barat', level: 'PROVINCE' },
  { code: '61.01', name: 'Kabupaten Sambas', level: 'REGENCY' },
  { code: '61.71', name: 'Kota Pontianak', level: 'CITY' },
] as Region[];
