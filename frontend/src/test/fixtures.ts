import type { CurrentUser } from '@/features/auth';
import type { Indicator, Program } from '@/features/catalogue';
import type { Region } from '@/features/regions';

const REGION_ROWS: [code: string, name: string, bpsCode: string][] = [
  ['61', 'Provinsi Kalimantan Barat', '61'],
  ['61.01', 'Kabupaten Sambas', '6101'],
  ['61.02', 'Kabupaten Mempawah', '6104'],
  ['61.03', 'Kabupaten Sanggau', '6105'],
  ['61.04', 'Kabupaten Ketapang', '6106'],
  ['61.05', 'Kabupaten Sintang', '6107'],
  ['61.06', 'Kabupaten Kapuas Hulu', '6108'],
  ['61.07', 'Kabupaten Bengkayang', '6102'],
  ['61.08', 'Kabupaten Landak', '6103'],
  ['61.09', 'Kabupaten Sekadau', '6109'],
  ['61.10', 'Kabupaten Melawi', '6110'],
  ['61.11', 'Kabupaten Kayong Utara', '6111'],
  ['61.12', 'Kabupaten Kubu Raya', '6112'],
  ['61.71', 'Kota Pontianak', '6171'],
  ['61.72', 'Kota Singkawang', '6172'],
];

export const REGIONS: Region[] = REGION_ROWS.map(([code, name, bpsCode]) => ({
  code,
  name,
  bpsCode,
  level: code === '61' ? 'PROVINCE' : name.startsWith('Kota') ? 'CITY' : 'REGENCY',
  parentCode: code === '61' ? null : '61',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  version: 0,
}));

export const ADMIN: CurrentUser = {
  username: 'admin',
  displayName: 'Administrator Provinsi',
  role: 'ADMIN',
  regionCode: null,
};

export const SAMBAS_OPERATOR: CurrentUser = {
  username: 'op-6101',
  displayName: 'Operator Sambas',
  role: 'OPERATOR',
  regionCode: '61.01',
};

const AT = '2025-01-01T00:00:00Z';

function program(code: string, name: string, field: Program['field'], active = true): Program {
  return {
    code,
    name,
    field,
    authority: 'SHARED',
    description: null,
    missionAlignment: null,
    ministryAlignment: null,
    startYear: 2021,
    endYear: null,
    active,
    createdAt: AT,
    updatedAt: AT,
    version: 0,
  };
}

function indicator(code: string, name: string, overrides: Partial<Indicator> = {}): Indicator {
  return {
    code,
    programCode: code.split('.').slice(0, 3).join('.'),
    name,
    unit: 'koperasi',
    measure: 'NUMBER',
    polarity: 'HIGHER_IS_BETTER',
    periodType: 'ANNUAL',
    timeAggregation: 'SUM',
    regionAggregation: 'SUM',
    baselineYear: 2022,
    baselineValue: 142,
    rangeLow: null,
    rangeHigh: null,
    dataSource: 'LPDB-KUMKM',
    ministryCode: null,
    active: true,
    createdAt: AT,
    updatedAt: AT,
    version: 0,
    ...overrides,
  };
}

/** A small catalogue: three cooperative programs (one retired) and one SME program. */
export const PROGRAMS: Program[] = [
  program('2.17.03', 'Program Pengawasan dan Pemeriksaan Koperasi', 'COOPERATIVE'),
  program('2.17.06', 'Program Pemberdayaan dan Perlindungan Koperasi', 'COOPERATIVE'),
  program('2.17.07', 'Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro', 'SME'),
  program('2.17.09', 'Program Koperasi Lama', 'COOPERATIVE', false),
];

export const INDICATORS: Indicator[] = [
  indicator('2.17.03.01', 'Koperasi yang menyelenggarakan Rapat Anggota Tahunan', { unit: 'persen', measure: 'PERCENT' }),
  indicator('2.17.06.01', 'Koperasi yang memperoleh akses permodalan', { periodType: 'QUARTERLY' }),
  indicator('2.17.06.02', 'Rasio kredit bermasalah koperasi', {
    unit: 'persen',
    measure: 'PERCENT',
    polarity: 'LOWER_IS_BETTER',
  }),
  indicator('2.17.06.09', 'Indikator yang sudah tidak dipakai', { active: false }),
  indicator('2.17.07.01', 'UMKM yang naik kelas', { unit: 'unit usaha', periodType: 'SEMIANNUAL' }),
];
