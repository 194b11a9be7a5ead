import type { CurrentUser } from '@/features/auth/api/get-current-user';
import type { Region } from '@/features/regions/api/get-regions';

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
